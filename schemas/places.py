"""The code lists a territory is checked against, and the country each code belongs to.

Kept in code rather than fetched: they change once in years, and a validator that needs the
network would refuse events whenever the network is down. Each check raises a ValueError that
names what was expected, with examples, because the reader is whoever wrote the event.
"""

import re

# Italy's 107 provinces and metropolitan cities, by their vehicle-plate code.
# fmt: off
PROVINCES = frozenset({
    "AG", "AL", "AN", "AO", "AP", "AQ", "AR", "AT", "AV", "BA", "BG", "BI", "BL", "BN", "BO", "BR",
    "BS", "BT", "BZ", "CA", "CB", "CE", "CH", "CL", "CN", "CO", "CR", "CS", "CT", "CZ", "EN", "FC",
    "FE", "FG", "FI", "FM", "FR", "GE", "GO", "GR", "IM", "IS", "KR", "LC", "LE", "LI", "LO", "LT",
    "LU", "MB", "MC", "ME", "MI", "MN", "MO", "MS", "MT", "NA", "NO", "NU", "OR", "PA", "PC", "PD",
    "PE", "PG", "PI", "PN", "PO", "PR", "PT", "PU", "PV", "PZ", "RA", "RC", "RE", "RG", "RI", "RM",
    "RN", "RO", "SA", "SI", "SO", "SP", "SR", "SS", "SU", "SV", "TA", "TE", "TN", "TO", "TP", "TR",
    "TS", "TV", "UD", "VA", "VB", "VC", "VE", "VI", "VR", "VT", "VV",
})

# Switzerland's 26 cantons, by their official two-letter abbreviation.
CANTONS = frozenset({
    "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG",
    "SH", "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH",
})

# ISO 3166-1 alpha-2: the 249 assigned codes, plus XK, the code the EU (and CORDIS) gives
# Kosovo while ISO keeps it user-assigned.
COUNTRIES = frozenset({
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
})

# The countries NUTS divides into regions: the EU, EFTA, the candidate countries and, in the
# versions before Brexit, the United Kingdom. NUTS writes Greece EL and the United Kingdom UK.
NUTS_COUNTRIES = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    "CH", "IS", "LI", "NO",
    "AL", "ME", "MK", "RS", "TR",
    "UK",
})
# fmt: on

NUTS_TO_ISO = {"EL": "GR", "UK": "GB"}
NUTS_SHAPE = re.compile(r"[A-Z]{2}[A-Z0-9]{0,3}")
"""Levels 0 to 3: the country's two letters, then one character per level below it."""


def province(code: str) -> str:
    if code not in PROVINCES:
        raise ValueError(
            "not an Italian province: expected its plate code, two capital letters, e.g. BG, MI,"
            " LC (a Swiss canton goes in `canton`, a foreign country in `country`)"
        )
    return code


def canton(code: str) -> str:
    if code not in CANTONS:
        raise ValueError(
            "not a Swiss canton: expected one of the 26 two-letter codes, e.g. TI, GR, ZH"
        )
    return code


def country(code: str) -> str:
    if code in COUNTRIES:
        return code
    hint = f" ({code} is how NUTS writes {NUTS_TO_ISO[code]})" if code in NUTS_TO_ISO else ""
    raise ValueError(
        f"not an ISO 3166-1 country: expected two capital letters, e.g. IT, CH, FR, DE{hint}"
    )


def region(code: str) -> str:
    """A NUTS code of any level; at level 0 (two letters) any ISO country stands in, as a
    party from outside NUTS (US, UA) can only be placed by its country."""
    expected = (
        "expected a NUTS code (the country's two letters, EL for Greece and UK for the United"
        " Kingdom, then up to three letters or digits, e.g. ITC4 Lombardy, CH07 Ticino, DE21"
        " Upper Bavaria) or an ISO country code (e.g. FR)"
    )
    if not NUTS_SHAPE.fullmatch(code):
        raise ValueError(f"not a European region: {expected}")
    prefix = code[:2]
    if len(code) == 2 and (prefix in COUNTRIES or prefix in NUTS_COUNTRIES):
        return code
    if len(code) == 2:
        raise ValueError(f"not a European region: {code} is no country code; {expected}")
    if prefix not in NUTS_COUNTRIES:
        raise ValueError(f"not a European region: {prefix} is not a NUTS country; {expected}")
    return code


def country_of(field: str, code: str) -> str:
    """The ISO country of a valid code: Italy's provinces, Switzerland's cantons, and a NUTS
    code's prefix (or the country code standing in for one), EL read as GR and UK as GB."""
    if field == "province":
        return "IT"
    if field == "canton":
        return "CH"
    prefix = code[:2]
    return NUTS_TO_ISO.get(prefix, prefix)
