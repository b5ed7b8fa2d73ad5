# cython: language_level=3, boundscheck=False, wraparound=False
"""The passes of labels that read a text character by character or token by token, compiled
with Cython: in Python, their cost per character and per object was most of an extraction.
Each part is a file of its own, included here as one module (the parts share their tables):

- _characters.pxi: what the parts share: the Han blocks, each character's simple lower case
  (lower_case), a hash step;
- _tokens.pxi: labels.matching's cut of a text into tokens (cut);
- _walk.pxi: labels.matching's walk of the trie of terms (State, walk, walk_all), and the
  mentions labels.detect makes of its hits (extended_all);
- _sentences.pxi: labels.structure's sentence splitting (SentenceRules, sentence_spans);
- _organization.pxi: labels.organization's passes over a whole text (count_words,
  matches_at_spaces, spelled_by);
- _language.pxi: the evidence labels.language judges a block's language by
  (LanguageEvidence);
- _nesting.pxi: the terms of a sentence that labels.detect drops as parts of a longer term
  (without_hidden_terms);
- _negations.pxi: where labels.detect places a sentence's negations, clauses and actions
  relative to its terms, and the stance of each term (NegationPlaces, TermStances,
  hits_by_kind, sentence_layout);
- _starts.pxi: where labels.values' finders can find a value (Starts).

The Python modules say what each does; their tests hold the compiled parts to it.
"""

from collections import Counter

from cpython.dict cimport PyDict_GetItemWithError, PyDict_Next, PyDict_SetItem
from cpython.list cimport PyList_New, PyList_SET_ITEM
from cpython.mem cimport PyMem_Calloc, PyMem_Free, PyMem_Malloc, PyMem_Realloc
from cpython.ref cimport PyObject
from cpython.tuple cimport PyTuple_New
from cpython.unicode cimport (
    Py_UNICODE_TOLOWER,
    PyUnicode_4BYTE_KIND,
    PyUnicode_DATA,
    PyUnicode_FromKindAndData,
    PyUnicode_GET_LENGTH,
    PyUnicode_KIND,
    PyUnicode_New,
    PyUnicode_READ,
    PyUnicode_Substring,
    PyUnicode_WRITE,
)
from libc.stdlib cimport calloc, free, malloc, realloc
from libc.string cimport memcmp

from labels.script import HAN_BLOCKS


cdef extern from "Python.h":
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)
    bint Py_UNICODE_ISUPPER(Py_UCS4 ch)
    bint Py_UNICODE_ISDIGIT(Py_UCS4 ch)
    bint Py_UNICODE_ISALPHA(Py_UCS4 ch)
    ctypedef struct PyTypeObject
    object PyType_GenericAlloc(PyTypeObject* type, Py_ssize_t items)
    void PyTuple_SET_ITEM(object tuple, Py_ssize_t at, object item)  # steals `item`
    void Py_INCREF(object o)


include "_characters.pxi"
include "_tokens.pxi"
include "_walk.pxi"
include "_sentences.pxi"
include "_organization.pxi"
include "_language.pxi"
include "_nesting.pxi"
include "_negations.pxi"
include "_starts.pxi"
