# labels.detect's stances of a sentence's terms: its clauses laid out, its hits by kind, its
# negations placed by clause (which one governs a term), and each term weighed against them.


cdef class NegationPlaces:
    """The negations of one sentence by clause, with their token positions, in C arrays:
    labels.detect asks which one governs each term of a negated clause (`governing`),
    a step of a few C comparisons where Python took several calls per term.

    `boundaries`: the offsets where the sentence's clauses end (a clause is the number of
    them before an offset: bisect_left); `starts`: where each token of the sentence starts;
    `words_before`: how many words precede each token, and all of them (one more than
    `starts`); `negations`: the negation hits in text order, `disposes`: whether each one
    governs the verb at the end of its clause (`reach`: the reach of an action's negation).
    """

    cdef Py_ssize_t* boundaries
    cdef Py_ssize_t boundary_count
    cdef Py_ssize_t* starts
    cdef Py_ssize_t token_count
    cdef Py_ssize_t* words_before
    cdef list negations
    cdef Py_ssize_t* negation_starts
    cdef Py_ssize_t* negation_ends
    cdef Py_ssize_t* firsts  # the word position of each negation's first token
    cdef Py_ssize_t* lasts  # and of its last
    cdef Py_ssize_t* furthest  # the furthest `lasts` of its clause's negations so far
    cdef unsigned char* disposes
    cdef Py_ssize_t* clause_low  # each clause's first negation
    cdef Py_ssize_t* clause_high  # and the one after its last
    cdef Py_ssize_t* first_disposing  # each clause's first negation that disposes, or -1
    cdef Py_ssize_t reach
    cdef readonly frozenset clauses
    """The clauses that hold a negation."""

    def __cinit__(
        self, list boundaries, list starts, object words_before, list negations,
        list disposes, Py_ssize_t reach,
    ):
        cdef Py_ssize_t n = len(negations), clause_count = len(boundaries) + 1, k, clause
        self.boundary_count = len(boundaries)
        self.boundaries = _array_of(boundaries, self.boundary_count)
        self.token_count = len(starts)
        self.starts = _array_of(starts, self.token_count)
        self.words_before = _array_of(words_before, self.token_count + 1)
        self.reach = reach
        clause_of = [self.clause_of(h.start) for h in negations]
        # grouped by clause, in text order within each (a stable sort)
        order = sorted(range(n), key=clause_of.__getitem__)
        self.negations = [negations[k] for k in order]
        self.negation_starts = _array_of([h.start for h in self.negations], n)
        self.negation_ends = _array_of([h.end for h in self.negations], n)
        self.firsts = _array_of([self.token_at(h.start) for h in self.negations], n)
        self.lasts = _array_of([self.token_at(h.end - 1) for h in self.negations], n)
        self.disposes = <unsigned char*>PyMem_Calloc(n if n else 1, 1)
        self.furthest = <Py_ssize_t*>PyMem_Calloc(n if n else 1, sizeof(Py_ssize_t))
        self.clause_low = <Py_ssize_t*>PyMem_Calloc(clause_count, sizeof(Py_ssize_t))
        self.clause_high = <Py_ssize_t*>PyMem_Calloc(clause_count, sizeof(Py_ssize_t))
        self.first_disposing = _array_of([-1] * clause_count, clause_count)
        if (
            self.disposes == NULL or self.furthest == NULL or self.clause_low == NULL
            or self.clause_high == NULL
        ):
            raise MemoryError()
        for k in range(n):
            clause = clause_of[order[k]]
            self.disposes[k] = disposes[order[k]]
            if k == 0 or clause != clause_of[order[k - 1]]:
                self.clause_low[clause] = k
                self.furthest[k] = self.lasts[k]
            else:
                self.furthest[k] = max(self.furthest[k - 1], self.lasts[k])
            self.clause_high[clause] = k + 1
            if self.disposes[k] and self.first_disposing[clause] < 0:
                self.first_disposing[clause] = k
        self.clauses = frozenset(clause_of)

    def __dealloc__(self):
        PyMem_Free(self.boundaries)
        PyMem_Free(self.starts)
        PyMem_Free(self.words_before)
        PyMem_Free(self.negation_starts)
        PyMem_Free(self.negation_ends)
        PyMem_Free(self.firsts)
        PyMem_Free(self.lasts)
        PyMem_Free(self.furthest)
        PyMem_Free(self.disposes)
        PyMem_Free(self.clause_low)
        PyMem_Free(self.clause_high)
        PyMem_Free(self.first_disposing)

    cpdef Py_ssize_t clause_of(self, Py_ssize_t offset):
        """The clause of text[offset]: how many clause ends come before it."""
        return _first_from(self.boundaries, 0, self.boundary_count, offset)

    cpdef Py_ssize_t token_at(self, Py_ssize_t offset):
        """The position of the token that holds text[offset], counted in words (an offset
        before the first token is at the end, as Python's index -1 reads)."""
        cdef Py_ssize_t token = _first_above(self.starts, 0, self.token_count, offset) - 1
        return self.words_before[token if token >= 0 else self.token_count]

    cpdef object governing(
        self, Py_ssize_t start, Py_ssize_t end, Py_ssize_t reach, Py_ssize_t after
    ):
        """The negation of the clause of text[start:end] (a term) that governs it, or None:
        one at most `reach` tokens before it or `after` after it, one inside which the term
        starts, or one before it that disposes (when `reach` is at least an action's)."""
        cdef Py_ssize_t clause = self.clause_of(start)
        cdef Py_ssize_t low = self.clause_low[clause], high = self.clause_high[clause]
        if low == high:  # most clauses: no negation to place
            return None
        cdef Py_ssize_t first = self.token_at(start), last = self.token_at(end - 1), at
        # the negations before `within` end more than `reach` tokens before the term: only
        # one that disposes can govern it from there, and the first such is the first to
        # qualify
        cdef Py_ssize_t within = _first_from(self.furthest, low, high, first - reach)
        cdef Py_ssize_t disposing = self.first_disposing[clause]
        cdef bint of_an_action = reach >= self.reach
        if 0 <= disposing < within and of_an_action:
            return self.negations[disposing]
        for at in range(within, high):
            if self.negation_starts[at] < start < self.negation_ends[at]:
                # the verb inside the negation's term ("不收集", "不获取") or overlapping it
                # ("不会" and "会获得" in "不会获得")
                return self.negations[at]
            if self.negation_ends[at] <= start and (
                first - self.lasts[at] <= reach or (self.disposes[at] and of_an_action)
            ):
                return self.negations[at]
            if 0 < self.firsts[at] - last <= after:
                return self.negations[at]
            if self.firsts[at] - last > after:  # this and every later one stand past its reach
                return None
        return None

    def first_starting_within(self, Py_ssize_t clause, Py_ssize_t low, Py_ssize_t high):
        """The first negation of `clause` whose first token lies after token `low`, at most
        at `high`, or None."""
        cdef Py_ssize_t at
        for at in range(self.clause_low[clause], self.clause_high[clause]):
            if low < self.firsts[at] <= high:
                return self.negations[at]
        return None


cdef tuple _UNGOVERNED = (False, False)
cdef tuple _DENIED = (True, False)
cdef tuple _EXCEPTED = (False, True)


cdef inline object _mention(type of, tuple hit, object denied, object excepted, object negated):
    """of(*hit, denied, excepted, negated) for the NamedTuple `of`, made as a tuple is."""
    made = PyType_GenericAlloc(<PyTypeObject*>of, 6)
    _set_tuple_item(made, 0, hit[0])
    _set_tuple_item(made, 1, hit[1])
    _set_tuple_item(made, 2, hit[2])
    _set_tuple_item(made, 3, denied)
    _set_tuple_item(made, 4, excepted)
    _set_tuple_item(made, 5, negated)
    return made


cdef Py_ssize_t _first_in_list_from(list values, Py_ssize_t offset):
    """bisect_left over `values` (sorted ints)."""
    cdef Py_ssize_t low = 0, high = len(values), middle
    while low < high:
        middle = (low + high) // 2
        if <Py_ssize_t>values[middle] < offset:
            low = middle + 1
        else:
            high = middle
    return low


cdef class TermStances:
    """How labels.detect weighs the terms of a sentence against its negations (placed by
    `places`), its exceptions, its actions and its coordinating conjunctions: each term's
    (denied, excepted), compiled, as a sentence with negations asks it of every term of
    its negated clauses.

    `exceptions` precede what they except, `postposed` follow it; `actions`, the
    `coordinations` (coordinating conjunctions) and the `alternatives` (the "or"s between
    two verbs, the second of which takes at most `alternative_verb` tokens before its
    negation) are hits in text order; `token_count`: a reach past every token;
    `action_keys`: the keys of actions, `grammar_keys`: those of negations and
    exceptions, which have no stance."""

    cdef NegationPlaces places
    cdef list exceptions
    cdef list postposed
    cdef readonly dict actions_in
    """Each clause's actions, in text order."""
    cdef dict action_starts_in
    cdef readonly dict coordinations_at
    """The starts of the coordinating conjunctions by their token position."""
    cdef frozenset alternatives_at
    cdef Py_ssize_t alternative_verb
    cdef Py_ssize_t token_count
    cdef frozenset action_keys
    cdef frozenset grammar_keys

    def __init__(
        self, NegationPlaces places, list exceptions, list postposed, list actions,
        list coordinations, list alternatives, Py_ssize_t alternative_verb,
        Py_ssize_t token_count, frozenset action_keys, frozenset grammar_keys,
    ):
        self.places = places
        self.exceptions = exceptions
        self.postposed = postposed
        self.actions_in, self.action_starts_in = {}, {}
        for action in actions:
            start = (<tuple>action)[1]
            clause = places.clause_of(start)
            if clause in self.actions_in:
                self.actions_in[clause].append(action)
                self.action_starts_in[clause].append(start)
            else:
                self.actions_in[clause], self.action_starts_in[clause] = [action], [start]
        self.coordinations_at = {}
        for conjunction in coordinations:
            start = (<tuple>conjunction)[1]
            self.coordinations_at.setdefault(places.token_at(start), []).append(start)
        self.alternatives_at = frozenset([places.token_at((<tuple>h)[1]) for h in alternatives])
        self.alternative_verb = alternative_verb
        self.token_count = token_count
        self.action_keys = action_keys
        self.grammar_keys = grammar_keys

    cpdef bint excepts_before(self, object exception, object term):
        """Whether a postposed `exception` follows `term` (a Hit or a Mention) in its
        clause."""
        cdef Py_ssize_t exception_start = (<tuple>exception)[1]
        return (<tuple>term)[2] <= exception_start and self.places.clause_of(
            exception_start
        ) == self.places.clause_of((<tuple>term)[1])

    cpdef bint excepted(self, object negation, object term):
        """Whether an exception cue stands between a negation and the term it governs, or,
        for a term that is no action, a postposed one follows the term in its clause ("不会与
        关联公司以外的…"). An action the exception follows stays denied: the exception
        restates it (labels.detect._restated_actions)."""
        cdef Py_ssize_t negation_end = (<tuple>negation)[2], term_start = (<tuple>term)[1]
        cdef Py_ssize_t limit = max(term_start, <Py_ssize_t>(<tuple>negation)[1])
        for exception in self.exceptions:
            if negation_end <= (<tuple>exception)[1] and (<tuple>exception)[2] <= limit:
                return True
        if (
            not self.postposed or (<tuple>term)[0] in self.action_keys
            or term_start < negation_end
        ):
            return False
        for exception in self.postposed:
            if self.excepts_before(exception, term):
                return True
        return False

    cpdef tuple stance_by(self, object negation, object term):
        """(denied, excepted) by `negation`, if any, unless an exception stands between."""
        if negation is None:
            return _UNGOVERNED
        return _EXCEPTED if self.excepted(negation, term) else _DENIED

    cpdef object nearest_action(self, Py_ssize_t offset):
        """The action of the clause of `offset` that starts nearest it, the earlier on a
        tie (the actions are in text order: bisections find it)."""
        clause = self.places.clause_of(offset)
        cdef list actions = self.actions_in.get(clause)
        if actions is None:
            return None
        cdef list starts = self.action_starts_in[clause]
        cdef Py_ssize_t after = _first_in_list_from(starts, offset), before
        if after == 0:
            return actions[0]
        before = _first_in_list_from(starts, starts[after - 1])  # the first action there
        if after == len(actions) or offset - <Py_ssize_t>starts[before] <= (
            <Py_ssize_t>starts[after] - offset
        ):
            return actions[before]
        return actions[after]

    cpdef bint coordinated_denial(self, object term, object action, object negation):
        """Whether `action` comes after `term` and is denied by a negation (`negation`, the
        one that governs the action) that opens a new coordinated phrase ("…
        informationssäkerhet och inte dela …"): the denial does not reach back to the
        term."""
        cdef Py_ssize_t term_end = (<tuple>term)[2]
        if (
            (<tuple>action)[1] < term_end or negation is None
            or (<tuple>negation)[1] < term_end
        ):
            return False
        before = self.places.token_at((<tuple>negation)[1]) - 1
        for start in self.coordinations_at.get(before, ()):
            if term_end <= start:
                return True
        return False

    cpdef object negation_after_alternative(self, object action):
        """A negation right after the verb that an "or" right after `action` offers instead:
        where the negation follows its verb, it denies both ("Vi säljer eller hyr aldrig
        ut", "delar eller lämnar aldrig ut": neither sells nor rents out)."""
        cdef Py_ssize_t at = self.places.token_at((<tuple>action)[2] - 1) + 1
        if at not in self.alternatives_at:
            return None
        return self.places.first_starting_within(
            self.places.clause_of((<tuple>action)[1]), at + 1, at + 1 + self.alternative_verb
        )

    def of_actions(self, list actions, object users):
        """The negation that governs each of `actions` (within an action's reach, or after
        the "or" of an alternative verb), and each one's (denied, excepted); a user's action
        (`users`) is the user's, whatever negation stands before it, as if denied."""
        cdef dict negation_of = {}, of_action = {}
        for action in actions:
            if action in users:
                negation_of[action], of_action[action] = None, _DENIED
                continue
            hit = <tuple>action
            negation = self.places.governing(hit[1], hit[2], self.places.reach, 1)
            if negation is None:
                negation = self.negation_after_alternative(action)
            negation_of[action], of_action[action] = negation, self.stance_by(negation, action)
        return negation_of, of_action

    cdef tuple _of_term(self, tuple term, dict of_action, dict negation_of):
        """A term no negation right before denies follows its clause's action (`of_action`;
        the negation that governs each action: `negation_of`). Without an action in its
        clause, any negation earlier in the clause denies it."""
        nearest = self.nearest_action(term[1])
        if nearest is not None:
            negation = negation_of[nearest]
            if self.coordinated_denial(term, nearest, negation):
                return _UNGOVERNED
            if negation is not None and of_action[nearest][0]:
                # denied with the action, unless an exception after the denial names the term
                return self.stance_by(negation, term)
            return of_action[nearest]
        return self.stance_by(self.places.governing(term[1], term[2], self.token_count, 0), term)

    def mentions(
        self, type mention, list hits, frozenset weighed, dict of_action, dict negation_of,
        Py_ssize_t close_reach,
    ):
        """Each of `hits` as a `mention` with its stance: affirmed outside the `weighed`
        clauses; a negation or an exception has none; an action's is in `of_action`; a
        negation within `close_reach` tokens before a term denies it (`negated`) and gives
        its stance; any other term follows its clause's action."""
        cdef list made = []
        cdef tuple hit, stance, by_close
        for item in hits:
            hit = <tuple>item
            if self.places.clause_of(hit[1]) not in weighed:
                made.append(_mention(mention, hit, False, False, False))
                continue
            close = self.places.governing(hit[1], hit[2], close_reach, 0)
            by_close = _UNGOVERNED if close is None else self.stance_by(close, hit)
            if hit[0] in self.grammar_keys:
                stance = _UNGOVERNED
            elif hit in of_action:
                stance = of_action[hit]
            elif close is not None:
                stance = by_close
            else:
                stance = self._of_term(hit, of_action, negation_of)
            made.append(_mention(mention, hit, stance[0], stance[1], by_close[0]))
        return made


def hits_by_kind(list hits, dict kind_of, Py_ssize_t kinds):
    """The hits of each kind, in order (`kind_of`: the kind of a key, a number below
    `kinds`): one pass and a look-up per hit, for the several kinds a sentence asks for."""
    cdef list grouped = [[] for _ in range(kinds)]
    for hit in hits:
        kind = kind_of.get((<tuple>hit)[0])
        if kind is not None:
            (<list>grouped[<Py_ssize_t>kind]).append(hit)
    return grouped


def sentence_layout(
    list words, list starts, str clause_marks, str opening, str closing, str markup
):
    """Where a sentence's clauses end: the starts of its tokens that are one of
    `clause_marks` outside parentheses (`opening`, `closing`); and how many of its tokens,
    markup (`markup`) aside, precede each token and all of them, a range where it has no
    markup. One pass over the tokens: a mark is a token of one character."""
    cdef Py_ssize_t n = len(words), k, depth = 0, counted = 0
    cdef list boundaries = []
    cdef list words_before = None
    cdef str word
    cdef Py_UCS4 ch
    for k in range(n):
        word = <str>words[k]
        ch = word[0] if len(word) == 1 else 0
        if ch and ch in opening:
            depth += 1
        elif ch and ch in closing:
            depth -= 1
        elif ch and depth <= 0 and ch in clause_marks:
            boundaries.append(starts[k])
        if ch and ch in markup:
            if words_before is None:  # the first markup: each token before it is a word
                words_before = list(range(k + 1))
        else:
            counted += 1
        if words_before is not None:
            words_before.append(counted)
    return boundaries, range(n + 1) if words_before is None else words_before
