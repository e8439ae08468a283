"""ATECO 2007, Italy's edition of NACE Rev. 2: code format, divisions and their sections.

A code is a division (two digits) optionally refined to group, class and category
("25", "25.6", "25.62", "25.62.00"). The section letter (A-U) is what cross-sector
contamination compares.
"""

import re

_FORMAT = re.compile(r"^(\d{2})(\.\d(\d(\.\d{1,2})?)?)?$")

_SECTIONS: dict[str, tuple[range, str]] = {
    "A": (range(1, 4), "Agricoltura, silvicoltura e pesca"),
    "B": (range(5, 10), "Estrazione di minerali"),
    "C": (range(10, 34), "Attività manifatturiere"),
    "D": (range(35, 36), "Energia elettrica, gas, vapore"),
    "E": (range(36, 40), "Acqua, reti fognarie, rifiuti"),
    "F": (range(41, 44), "Costruzioni"),
    "G": (range(45, 48), "Commercio e riparazione di autoveicoli"),
    "H": (range(49, 54), "Trasporto e magazzinaggio"),
    "I": (range(55, 57), "Alloggio e ristorazione"),
    "J": (range(58, 64), "Informazione e comunicazione"),
    "K": (range(64, 67), "Attività finanziarie e assicurative"),
    "L": (range(68, 69), "Attività immobiliari"),
    "M": (range(69, 76), "Attività professionali, scientifiche e tecniche"),
    "N": (range(77, 83), "Noleggio, agenzie di viaggio, servizi alle imprese"),
    "O": (range(84, 85), "Amministrazione pubblica e difesa"),
    "P": (range(85, 86), "Istruzione"),
    "Q": (range(86, 89), "Sanità e assistenza sociale"),
    "R": (range(90, 94), "Attività artistiche, sportive, di intrattenimento"),
    "S": (range(94, 97), "Altre attività di servizi"),
    "T": (range(97, 99), "Attività di famiglie come datori di lavoro"),
    "U": (range(99, 100), "Organizzazioni ed organismi extraterritoriali"),
}

SECTION_NAMES = {letter: name for letter, (_, name) in _SECTIONS.items()}
DIVISION_SECTION = {
    f"{division:02d}": letter
    for letter, (divisions, _) in _SECTIONS.items()
    for division in divisions
}


def validate(code: str) -> str:
    """The code, if well formed and in an existing division; ValueError saying why if not."""
    match = _FORMAT.match(code)
    if match is None:
        raise ValueError(
            "an ATECO 2007 code is a two-digit division, optionally refined like 25.6, 25.62"
            " or 25.62.00"
        )
    if match.group(1) not in DIVISION_SECTION:
        raise ValueError(f"division {match.group(1)} does not exist in ATECO 2007")
    return code


def section(code: str) -> str:
    """The section letter (A-U) of a valid code."""
    return DIVISION_SECTION[validate(code)[:2]]
