"""Seeded synthetic units shaped like real ones: ~35 activities, all 113 items answered, ~60 evidence records."""

from __future__ import annotations

import random

from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Answer, Evidence, Hasil, Substep, Unit, UnitInfo

KEGIATAN = [
    "Pembentukan Tim Pembangunan Zona Integritas",
    "Penyusunan rencana aksi",
    "Sosialisasi zona integritas",
    "Reviu SOP layanan",
    "Penerapan aplikasi kinerja online",
    "Penguatan PPID",
    "Analisis beban kerja",
    "Knowledge sharing pegawai",
    "Penilaian SKP",
    "Evaluasi kode etik",
    "Penyusunan LAKIP",
    "Pemantauan capaian kinerja secara berkala",
    "Sosialisasi anti gratifikasi",
    "Penerapan SPIP",
    "Pengelolaan pengaduan masyarakat",
    "Pemetaan benturan kepentingan",
    "Penyampaian LHKPN",
    "Penetapan standar pelayanan",
    "Survei kepuasan masyarakat",
    "Inovasi pelayanan",
    "Kotak saran",
]


def synthetic_unit(rubric: Rubric, seed: int) -> Unit:
    """One deterministic synthetic unit for ``seed``."""
    rnd = random.Random(seed)
    zi = [a.id for a in rubric.zi_areas]
    acts = []
    for i in range(rnd.randint(30, 40)):
        months = tuple(sorted(rnd.sample(range(1, 13), rnd.randint(1, 12))))
        subs = ()
        if i == 0:
            subs = tuple(
                Substep(label=lb, text=t, months=(rnd.randint(1, 12),))
                for lb, t in zip(
                    "abcde",
                    [
                        "lingkungan pengendalian",
                        "penilaian risiko",
                        "kegiatan pengendalian",
                        "informasi dan komunikasi",
                        "pemantauan pengendalian intern",
                    ],
                    strict=True,
                )
            )
        acts.append(
            Activity(
                id=f"a{i:02d}",
                ra_area="Area",
                area=rnd.choice(zi),
                kegiatan=rnd.choice(KEGIATAN),
                sub_kegiatan=rnd.choice(KEGIATAN) + " tahap " + str(i),
                indicators=("Laporan",),
                months=months,
                substeps=subs,
            )
        )
    evidence = []
    for j in range(rnd.randint(55, 65)):
        target = rnd.choice([a.id for a in acts] + list(rubric.items)[:50])
        evidence.append(
            Evidence(id=f"e{j:02d}", title=f"Dokumen {j}", months=(rnd.randint(1, 12),), supports=(target,))
        )
    answers = {}
    for code, flat in rubric.items.items():
        if flat.component != "pengungkit":
            continue
        item = flat.item
        ev = (f"e{rnd.randrange(len(evidence)):02d}",) if rnd.random() < 0.85 else ()
        if item.options:
            answers[code] = Answer(answer=rnd.choice(list(item.options)), evidence=ev)
        else:
            answers[code] = Answer(counts={i.id: rnd.randint(0, 20) for i in item.inputs}, evidence=ev)
    hasil = Hasil(
        ipak=round(rnd.uniform(2.5, 4.0), 2),
        ipkp=round(rnd.uniform(2.5, 4.0), 2),
        capaian_kinerja=rnd.choice("ABCDE"),
        evidence=("e00",),
    )
    return Unit(
        unit=UnitInfo(
            id=f"unit-{seed:05d}", name=f"Unit {seed}", year=2025, prior_predicate=rnd.choice([None, "WBK"])
        ),
        activities=tuple(acts),
        evidence=tuple(evidence),
        answers=answers,
        hasil=hasil,
    )
