"""Every word the label shows, in the reader's locale.

The label model (`labels.label`) holds ids, numbers, dates and country codes;
this module turns them into words. Messages are English msgids translated by
the catalogs in `translations/`; dates, durations, country and language names
and lists come from CLDR through Babel, never from tables of our own.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from babel import Locale
from babel.dates import format_date, format_timedelta
from babel.lists import format_list

from labels.i18n import N_, translations
from labels.label import NO, NOT_STATED, YES, Flag, Retention

HEADINGS: dict[str, str] = {
    "data": N_("Data collected"),
    "recipients": N_("Shared with"),
    "named_recipients": N_("Named recipients"),
    "purposes": N_("Why data is used"),
    "sells_data": N_("Sells your data"),
    "targeted_ads": N_("Used for targeted ads"),
    "retention": N_("Kept for"),
    "deleted_on_closure": N_("Deleted when you close your account"),
    "storage": N_("Stored in"),
    "international_transfer": N_("Sent to other countries"),
    "security": N_("Security"),
    "rights": N_("Your rights"),
    "min_age": N_("Minimum age"),
    "parental_consent": N_("Younger with a parent's consent"),
    "policy_date": N_("Policy date"),
    "language": N_("Policy language"),
    "contact": N_("Privacy contact"),
    "evidence": N_("What the policy says"),
    "full_label": N_("Full label"),
}

ITEMS: dict[str, dict[str, str]] = {
    "data": {
        "photos_videos": N_("Photos and video"),
        "audio": N_("Audio and voice"),
        "location": N_("Location"),
        "contact": N_("Contact details"),
        "identifiers": N_("Identifiers"),
        "health_fitness": N_("Health and fitness"),
        "personal_details": N_("Personal details"),
        "financial": N_("Payment details"),
        "purchases": N_("Purchases"),
        "user_content": N_("Messages and content"),
        "contacts": N_("Other people's data"),
        "usage": N_("Usage"),
        "device_technical": N_("Device details"),
        "cookies_tracking": N_("Cookies and tracking"),
        "sensitive": N_("Sensitive data"),
        "credentials": N_("Passwords"),
    },
    "recipients": {
        "advertisers": N_("Advertisers"),
        "analytics_providers": N_("Analytics firms"),
        "business_partners": N_("Business partners"),
        "service_providers": N_("Service providers"),
        "affiliates": N_("Group companies"),
        "authorities": N_("Authorities"),
        "business_transfer": N_("A buyer of the company"),
        "public": N_("The public"),
    },
    "purposes": {
        "service": N_("Providing the service"),
        "account": N_("Your account"),
        "support": N_("Customer support"),
        "analytics_improvement": N_("Analytics and improvement"),
        "marketing": N_("The company's own marketing"),
        "advertising": N_("Advertising"),
        "personalization": N_("Personalisation"),
        "security_fraud": N_("Security and fraud prevention"),
        "legal_compliance": N_("Legal obligations"),
    },
    "security": {
        "encryption_in_transit": N_("Encrypted in transit"),
        "encryption_at_rest": N_("Encrypted when stored"),
        "two_factor": N_("Two-factor login"),
        "access_control": N_("Access control"),
        "anonymization": N_("Anonymisation"),
        "security_audits": N_("Security audits"),
        "breach_notification": N_("Breach notification"),
    },
    "rights": {
        "access": N_("See your data"),
        "correction": N_("Correct your data"),
        "deletion": N_("Delete your data"),
        "account_deletion": N_("Close your account"),
        "portability": N_("Get a portable copy"),
        "objection": N_("Object to processing"),
        "restriction": N_("Limit processing"),
        "withdraw_consent": N_("Withdraw consent"),
        "opt_out_marketing": N_("Opt out of marketing"),
        "opt_out_sale": N_("Opt out of sale"),
        "complaint": N_("Complain to a regulator"),
        "non_discrimination": N_("No penalty for using your rights"),
    },
}

STATES: dict[str, str] = {YES: N_("Yes"), NO: N_("No"), NOT_STATED: N_("Not stated")}

_DAYS_PER_UNIT = (("year", 365), ("month", 30), ("day", 1))  # LABEL_SPEC: a month is 30 days


class LabelTexts:
    """The label's words in one locale (one of `labels.i18n.LOCALES`)."""

    def __init__(self, locale: str):
        self.locale = locale
        self._translations = translations(locale)
        self._cldr = Locale.parse(locale)

    def gettext(self, message: str, **values: object) -> str:
        """A message of the catalog, with `%(name)s` placeholders filled."""
        text = self._translations.gettext(message)
        return text % values if values else text

    def ngettext(self, singular: str, plural: str, num: int, **values: object) -> str:
        """A message whose form depends on `num` (Polish has three, Chinese one)."""
        return self._translations.ngettext(singular, plural, num) % {"num": num, **values}

    def title(self) -> str:
        return self.gettext("Privacy label")

    def heading(self, key: str) -> str:
        """The title of a part of the label; `key` is one of `HEADINGS`."""
        return self.gettext(HEADINGS[key])

    def item(self, group: str, id: str) -> str:
        """The short name of a vocabulary entry: group is data|recipients|purposes|security|rights."""
        return self.gettext(ITEMS[group][id])

    def state(self, state: str) -> str:
        """Yes / No / Not stated: silence is never shown as "no"."""
        return self.gettext(STATES[state])

    def duration(self, days: float) -> str:
        """A period in the largest unit that states it exactly: "18 years", "2 lata", "7天"."""
        unit = next((u for u, n in _DAYS_PER_UNIT if days >= n and days % n == 0), None)
        if unit is None:  # under a day, or a fraction of one: hours are exact enough
            unit = "hour"
        return format_timedelta(
            timedelta(days=days),
            granularity=unit,
            threshold=float("inf"),  # never round up to a larger unit
            format="long",
            locale=self._cldr,
        )

    def retention(self, retention: Retention) -> str:
        """Shortest to longest stated period, "as long as needed", or "Not stated"."""
        if retention.shortest_days is None:
            if retention.until_needed.state == YES:
                return self.gettext("As long as needed")
            return self.state(NOT_STATED)
        periods = self.duration(retention.shortest_days)
        if retention.longest_days != retention.shortest_days:
            periods = self.gettext(
                "%(shortest)s to %(longest)s",
                shortest=periods,
                longest=self.duration(retention.longest_days),
            )
        if retention.until_needed.state == YES:
            return self.gettext("%(periods)s, otherwise as long as needed", periods=periods)
        return periods

    def storage(self, countries: Iterable[str], international_transfer: Flag) -> str:
        """Where data is stored: the countries named, or what the policy says instead."""
        codes = list(countries)
        if codes:
            return self.countries(codes)
        if international_transfer.state == YES:
            return self.gettext("Also abroad; countries not named")
        return self.state(NOT_STATED)

    def country(self, code: str) -> str:
        """The CLDR name of an ISO 3166 alpha-2 code; an unknown code is shown as given."""
        return self._cldr.territories.get(code.upper(), code)

    def countries(self, codes: Iterable[str]) -> str:
        """Country names joined as the locale joins lists ("A, B och C", "A、B和C")."""
        return format_list([self.country(c) for c in codes], locale=self._cldr)

    def date(self, day: date) -> str:
        """A date written out in full: "13 września 2021", "2021年9月13日"."""
        return format_date(day, format="long", locale=self._cldr)

    def age(self, years: int) -> str:
        """An age in years, plural-correct: "16 years", "16 lat", "16岁"."""
        return self.ngettext("%(num)d year", "%(num)d years", years)

    def language_name(self, code: str) -> str:
        """The CLDR name of a language in this locale ("szwedzki", "瑞典语")."""
        return self._cldr.languages.get(code, code)
