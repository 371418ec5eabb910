"""The eleven Voluntary Principles, built in as read-only reference data (English and French).

English wording follows the UK government's published overview; "…ToS…" stands for "take
appropriate action under their terms of service, and report to appropriate authorities".
The French text is our own faithful translation, marked as unofficial in the About box.
"""

from __future__ import annotations

from dataclasses import dataclass

from engagetrack.domain.messages import t

FRAMEWORK_CODE = "VP2020"
FRAMEWORK_NAME_EN = "Voluntary Principles to Counter Online Child Sexual Exploitation and Abuse"
# the Government of Canada's own French name
FRAMEWORK_NAME_FR = (
    "Principes volontaires pour contrer l'exploitation et les abus sexuels des enfants en ligne"
)
FRAMEWORK_SOURCE = (
    'UK Government, "Voluntary principles to counter online child sexual exploitation and '
    'abuse: overview" (gov.uk), launched by the Five Eyes governments on 5 March 2020.'
)
FRAMEWORK_SOURCE_FR = (
    "Gouvernement du Royaume-Uni, « Voluntary principles to counter online child sexual"
    " exploitation and abuse: overview » (gov.uk), lancés par les gouvernements du Groupe des"
    " cinq le 5 mars 2020."
)


def framework_name(language: str) -> str:
    """The principles' name in "en" or "fr"."""
    return FRAMEWORK_NAME_FR if language == "fr" else FRAMEWORK_NAME_EN


def framework_source(language: str) -> str:
    """Where the principles' text comes from, said in "en" or "fr"."""
    return FRAMEWORK_SOURCE_FR if language == "fr" else FRAMEWORK_SOURCE


_TOS_EN = (
    " and take appropriate action under their terms of service, and report to appropriate"
    " authorities."
)
_TOS_FR = (
    ", prendre les mesures appropriées en vertu de leurs conditions d'utilisation et faire"
    " rapport aux autorités compétentes."
)


@dataclass(frozen=True)
class PrincipleText:
    number: int
    theme_en: str
    theme_fr: str
    short_title_en: str
    short_title_fr: str
    text_en: str
    text_fr: str

    @property
    def code(self) -> str:
        """The column name used in workbooks and the matrix: P1 … P11."""
        return f"P{self.number}"


_T1 = ("Prevent child sexual abuse material", "Prévenir le matériel d'abus pédosexuel")
_T2 = (
    "Target online grooming and preparatory behaviour",
    "Cibler le leurre en ligne et les comportements préparatoires",
)
_T3 = ("Target livestreaming", "Cibler la diffusion en direct")
_T4 = (
    "Prevent searches of child sexual abuse material from surfacing",
    "Empêcher que les recherches fassent apparaître du matériel d'abus pédosexuel",
)
_T5 = (
    "Adopt a specialised approach for children",
    "Adopter une approche spécialisée pour les enfants",
)
_T6 = (
    "Consider victim/survivor-led mechanisms",
    "Envisager des mécanismes axés sur les victimes et survivants",
)
_T7 = (
    "Collaborate and respond to evolving threat",
    "Collaborer et réagir à l'évolution de la menace",
)

PRINCIPLES: tuple[PrincipleText, ...] = (
    PrincipleText(
        1,
        *_T1,
        "Known CSAM",
        "Matériel connu",
        "Companies seek to prevent known child sexual abuse material from being made available"
        " to users or accessible on their platforms and services" + _TOS_EN,
        "Les entreprises cherchent à empêcher que du matériel d'abus pédosexuel connu soit mis"
        " à la disposition des utilisateurs ou accessible sur leurs plateformes et services"
        + _TOS_FR,
    ),
    PrincipleText(
        2,
        *_T1,
        "New CSAM",
        "Nouveau matériel",
        "Companies seek to identify and combat the dissemination of new child sexual abuse"
        " material via their platforms and services" + _TOS_EN,
        "Les entreprises cherchent à repérer et à combattre la diffusion de nouveau matériel"
        " d'abus pédosexuel au moyen de leurs plateformes et services" + _TOS_FR,
    ),
    PrincipleText(
        3,
        *_T2,
        "Grooming and preparatory activity",
        "Leurre et activités préparatoires",
        "Companies seek to identify and combat preparatory child sexual exploitation and abuse"
        " activity (such as online grooming for child sexual abuse)" + _TOS_EN,
        "Les entreprises cherchent à repérer et à combattre les activités préparatoires à"
        " l'exploitation et aux abus sexuels des enfants (comme le leurre en ligne)" + _TOS_FR,
    ),
    PrincipleText(
        4,
        *_T2,
        "Advertising, soliciting, procuring",
        "Publicité, sollicitation, obtention",
        "Companies seek to identify and combat advertising, recruiting, soliciting, or"
        " procuring a child for sexual exploitation or abuse, or organising to do so" + _TOS_EN,
        "Les entreprises cherchent à repérer et à combattre la publicité, le recrutement, la"
        " sollicitation ou l'obtention d'un enfant à des fins d'exploitation ou d'abus sexuels,"
        " ou l'organisation de tels actes" + _TOS_FR,
    ),
    PrincipleText(
        5,
        *_T3,
        "Livestreaming",
        "Diffusion en direct",
        "Companies seek to identify and combat the use of livestreaming services for the"
        " purpose of child sexual exploitation and abuse" + _TOS_EN,
        "Les entreprises cherchent à repérer et à combattre l'utilisation des services de"
        " diffusion en direct à des fins d'exploitation et d'abus sexuels des enfants" + _TOS_FR,
    ),
    PrincipleText(
        6,
        *_T4,
        "Search and suggestions",
        "Recherche et suggestions",
        "Companies seek to prevent search results from surfacing child sexual exploitation and"
        " abuse, and seek to prevent automatic suggestions for such activity and material.",
        "Les entreprises cherchent à empêcher que les résultats de recherche fassent apparaître"
        " de l'exploitation et des abus sexuels des enfants, et à empêcher les suggestions"
        " automatiques de telles activités et de tel matériel.",
    ),
    PrincipleText(
        7,
        *_T5,
        "Enhanced safety for children",
        "Sécurité renforcée pour les enfants",
        "Companies seek to adopt enhanced safety measures with the aim of protecting children,"
        " in particular from peers or adults seeking to engage in harmful sexual activity with"
        " children; such measures may include considering whether users are children.",
        "Les entreprises cherchent à adopter des mesures de sécurité renforcées visant à"
        " protéger les enfants, en particulier contre les pairs ou les adultes qui cherchent à"
        " se livrer à des activités sexuelles préjudiciables avec des enfants; ces mesures"
        " peuvent comprendre le fait de vérifier si les utilisateurs sont des enfants.",
    ),
    PrincipleText(
        8,
        *_T6,
        "Material not illegal on its face",
        "Matériel non illégal à première vue",
        "Companies seek to take appropriate action, including providing reporting options, on"
        " material that may not be illegal on its face, but with appropriate context and"
        " confirmation may be connected to child sexual exploitation and abuse.",
        "Les entreprises cherchent à prendre les mesures appropriées, notamment en offrant des"
        " options de signalement, à l'égard du matériel qui n'est peut-être pas illégal à"
        " première vue, mais qui, selon le contexte et après confirmation, peut être lié à"
        " l'exploitation et aux abus sexuels des enfants.",
    ),
    PrincipleText(
        9,
        *_T7,
        "Informed global approach",
        "Approche mondiale éclairée",
        "Companies seek to take an informed global approach to combating online child sexual"
        " exploitation and abuse and to take into account the evolving threat landscape as"
        " part of their design and development processes.",
        "Les entreprises cherchent à adopter une approche mondiale éclairée pour combattre"
        " l'exploitation et les abus sexuels des enfants en ligne et à tenir compte de"
        " l'évolution de la menace dans leurs processus de conception et de développement.",
    ),
    PrincipleText(
        10,
        *_T7,
        "Sharing expertise and tools",
        "Partage d'expertise et d'outils",
        "Companies support opportunities to share relevant expertise, helpful practices, data"
        " and tools where appropriate and feasible.",
        "Les entreprises appuient les occasions de partager l'expertise pertinente, les"
        " pratiques utiles, les données et les outils lorsque cela est approprié et faisable.",
    ),
    PrincipleText(
        11,
        *_T7,
        "Transparency",
        "Transparence",
        "Companies seek to regularly publish or share meaningful data and insights on their"
        " efforts to combat child sexual exploitation and abuse.",
        "Les entreprises cherchent à publier ou à communiquer régulièrement des données et des"
        " constats utiles sur leurs efforts pour combattre l'exploitation et les abus sexuels"
        " des enfants.",
    ),
)

PRINCIPLE_NUMBERS: tuple[int, ...] = tuple(p.number for p in PRINCIPLES)


def principle(number: int) -> PrincipleText:
    """The built-in principle with this number; ValueError for any other number."""
    for p in PRINCIPLES:
        if p.number == number:
            return p
    raise ValueError(
        t(
            "there is no principle {number} (principles are 1 to {count})",
            number=number,
            count=len(PRINCIPLES),
        )
    )
