"""Real comuni where the fictional parties sit, with approximate coordinates and their area.

Most are in the province of Bergamo; a few across the borders (Brescia, Milan, Lecco),
as in the real hub where firms from nearby provinces also knock on the door.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    comune: str
    province: str
    lat: float
    lon: float
    area: str  # the valley or plain it belongs to, as people there call it


def _places(province: str, area: str, rows: str) -> tuple[Place, ...]:
    places = []
    for row in rows.split(";"):
        comune, lat, lon = row.split(",")
        places.append(Place(comune.strip(), province, float(lat), float(lon), area))
    return tuple(places)


PLACES: tuple[Place, ...] = (
    *_places(
        "BG",
        "Bergamo e hinterland",
        "Bergamo,45.698,9.677;Seriate,45.685,9.723;"
        "Stezzano,45.650,9.653;Curno,45.691,9.611;Lallio,45.665,9.627;"
        "Azzano San Paolo,45.661,9.672;Torre Boldone,45.718,9.709;Pedrengo,45.697,9.735;"
        "Scanzorosciate,45.711,9.735;Dalmine,45.649,9.606;Osio Sotto,45.627,9.594",
    ),
    *_places(
        "BG",
        "Val Seriana",
        "Albino,45.760,9.797;Alzano Lombardo,45.735,9.727;"
        "Nembro,45.744,9.760;Gazzaniga,45.794,9.830;Vertova,45.810,9.851;"
        "Leffe,45.797,9.885;Gandino,45.811,9.901;Ponte Nossa,45.876,9.884;"
        "Clusone,45.888,9.947;Rovetta,45.891,9.981;Ranica,45.724,9.712",
    ),
    *_places(
        "BG",
        "Val Brembana",
        "Zogno,45.795,9.663;San Pellegrino Terme,45.836,9.666;"
        "San Giovanni Bianco,45.874,9.655;Piazza Brembana,45.947,9.675;"
        "Villa d'Almè,45.749,9.616;Almenno San Salvatore,45.750,9.594",
    ),
    *_places(
        "BG",
        "Isola Bergamasca",
        "Ponte San Pietro,45.700,9.590;Mapello,45.713,9.548;"
        "Brembate di Sopra,45.717,9.580;Bonate Sopra,45.683,9.558;Terno d'Isola,45.686,9.531;"
        "Calusco d'Adda,45.690,9.470;Suisio,45.656,9.502;Cisano Bergamasco,45.744,9.476",
    ),
    *_places(
        "BG",
        "Sebino",
        "Lovere,45.812,10.069;Costa Volpino,45.829,10.100;"
        "Sarnico,45.668,9.960;Villongo,45.672,9.928;Predore,45.680,9.980;"
        "Tavernola Bergamasca,45.709,10.045;Castelli Calepio,45.642,9.900",
    ),
    *_places(
        "BG",
        "Val Cavallina",
        "Trescore Balneario,45.696,9.846;Gorlago,45.675,9.823;"
        "Grumello del Monte,45.636,9.873;Chiuduno,45.648,9.852;Telgate,45.628,9.848",
    ),
    *_places(
        "BG",
        "Bassa Bergamasca",
        "Treviglio,45.521,9.593;Romano di Lombardia,45.521,9.754;"
        "Caravaggio,45.497,9.644;Martinengo,45.571,9.767;Cologno al Serio,45.578,9.706;"
        "Ghisalba,45.590,9.757;Urgnano,45.597,9.694;Zanica,45.640,9.684;"
        "Verdellino,45.601,9.612;Ciserano,45.586,9.600;Arcene,45.577,9.612;"
        "Brignano Gera d'Adda,45.547,9.640;Calcinate,45.620,9.799;"
        "Capriate San Gervasio,45.608,9.529;Mozzanica,45.476,9.689",
    ),
    *_places(
        "BS",
        "Franciacorta e Sebino bresciano",
        "Palazzolo sull'Oglio,45.597,9.886;Iseo,45.658,10.048;Brescia,45.541,10.211",
    ),
    *_places("MI", "Martesana e Adda", "Trezzo sull'Adda,45.608,9.522;Milano,45.464,9.190"),
    *_places(
        "LC",
        "Valle San Martino",
        "Calolziocorte,45.801,9.431;Lecco,45.853,9.390;Merate,45.697,9.419",
    ),
)
