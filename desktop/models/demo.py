"""Demo data: a realistic mountain commune (Cơ Tu and Giẻ Triêng households, villages, sponsors,
surveys, needs, receipts with allocations, livelihood models, year-end assessments).

Deterministic for a given seed and today's date; `households` scales it (benchmarks use 100,000).
Everything is written through the normal tables, so the change log captures it for sync.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from desktop.models import assessments, poverty, reference, station, surveys
from desktop.models.db import Database, transaction
from desktop.models.households import search_key as household_key
from desktop.models.ids import uuid7

VILLAGES = [
    "Thôn Pà Dồn",
    "Thôn Pà Ia",
    "Thôn Đắc Chừ",
    "Thôn Tắk Pỏ",
    "Thôn Pà Pang",
    "Thôn Đắc Ốc",
    "Thôn Vinh Vương",
    "Thôn Rô",
]
CO_TU_SURNAMES = [
    "Alăng",
    "Bhríu",
    "Zơrâm",
    "Pơloong",
    "Clâu",
    "Briu",
    "Ating",
    "Arất",
    "Hôih",
    "Coor",
    "Tơngol",
    "Bnướch",
    "Ríah",
    "Blúp",
    "Ahưr",
    "Bling",
]
GIE_TRIENG_SURNAMES = ["Hồ", "Đinh", "A Viết", "Zơ Râm", "Bh'noong", "Y"]
MALE_NAMES = [
    "Văn Thương",
    "Văn Hùng",
    "Dũng",
    "Bhơ",
    "Văn Nhớ",
    "Pố",
    "Văn Tình",
    "Quân",
    "Văn Biên",
    "Chiêu",
    "Văn Lợi",
    "Đức",
    "Văn Mới",
    "Hiền",
    "A Lầm",
    "Vinh",
]
FEMALE_NAMES = [
    "Thị Lành",
    "Thị Mai",
    "Thị Ngọc",
    "Thị Nhàn",
    "Thị Hoa",
    "Thị Bích",
    "Thị Lan",
    "Thị Thư",
    "Thị Hiền",
    "Thị Dung",
    "Thị Xuân",
    "Thị Ánh",
]
SPONSORS = [
    (
        "Chi nhánh Xăng dầu Quảng Nam",
        "Petrolimex Quảng Nam",
        "doanh_nghiep",
        140,
        "Số 2 Phan Bội Châu, Tam Kỳ",
        "Nguyễn Văn Hải",
        "Giám đốc",
        "0235 3851 234",
    ),
    (
        "Sở Tài chính tỉnh Quảng Nam",
        "Sở Tài chính",
        "so_ban_nganh",
        68,
        "Số 102 Hùng Vương, Tam Kỳ",
        "Trần Thị Thu",
        "Phó Giám đốc",
        "0235 3810 456",
    ),
    (
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        "BĐBP Quảng Nam",
        "luc_luong_vu_trang",
        45,
        "Phường An Sơn, Tam Kỳ",
        "Lê Quang Minh",
        "Chính ủy",
        "0235 3852 789",
    ),
    (
        "Thị xã Điện Bàn",
        "TX Điện Bàn",
        "huyen_thi_thanh_pho",
        420,
        "Phường Vĩnh Điện, Điện Bàn",
        "Phạm Đức Long",
        "Phó Chủ tịch UBND thị xã",
        "0235 3867 111",
    ),
]
MEMBERS = [
    (
        "Alăng Văn Thương",
        "Phó Chủ tịch UBND xã",
        "UBND xã",
        "to_truong",
        ["phan_cong", "lap_ke_hoach", "so_ket_tong_ket"],
    ),
    (
        "Zơrâm Thị Hoa",
        "Công chức Văn hóa - Xã hội",
        "UBND xã",
        "to_pho",
        ["khao_sat", "de_xuat_nhu_cau"],
    ),
    (
        "Hồ Văn Dũng",
        "Công chức Địa chính - Nông nghiệp",
        "UBND xã",
        "thanh_vien",
        ["tiep_nhan", "thuc_hien"],
    ),
    ("Bhríu Quân", "Chủ tịch Ủy ban MTTQ xã", "MTTQ xã", "thanh_vien", ["kiem_tra"]),
    ("Đinh Thị Lan", "Chủ tịch Hội Phụ nữ xã", "Hội LHPN xã", "thanh_vien", ["thuc_hien"]),
    ("Pơloong Chiêu", "Bí thư Đoàn xã", "Đoàn TNCS HCM xã", "thanh_vien", ["khao_sat"]),
    ("Briu Văn Biên", "Công chức Tài chính - Kế toán", "UBND xã", "thanh_vien", ["tiep_nhan"]),
]
# (category, description, unit, unit cost, item name for receipts)
NEED_TEMPLATES = [
    (
        "nong_lam_nghiep",
        "Hỗ trợ bò cái sinh sản cho hộ nghèo",
        "con",
        15_000_000,
        "Bò cái sinh sản",
    ),
    ("nong_lam_nghiep", "Hỗ trợ giống gà thả vườn", "con", 60_000, "Gà giống thả vườn"),
    ("nong_lam_nghiep", "Hỗ trợ cây giống ba kích, sâm dây", "cây", 8_000, "Cây giống ba kích"),
    ("nong_lam_nghiep", "Hỗ trợ phân bón cho lúa nước", "bao", 450_000, "Phân bón NPK"),
    ("an_sinh_xa_hoi", "Xóa nhà tạm cho hộ nghèo", "căn", 60_000_000, "Nhà đại đoàn kết"),
    ("an_sinh_xa_hoi", "Xây nhà tiêu hợp vệ sinh", "công trình", 7_000_000, "Nhà tiêu hợp vệ sinh"),
    ("an_sinh_xa_hoi", "Hỗ trợ học bổng cho học sinh nghèo", "suất", 2_000_000, "Học bổng"),
    ("ha_tang", "Bê tông hóa đường nội thôn", "m", 1_200_000, "Đường bê tông nội thôn"),
    ("ha_tang", "Hệ thống nước sinh hoạt tự chảy", "công trình", 250_000_000, "Nước tự chảy"),
    (
        "van_hoa",
        "Mua sắm chiêng, trang phục truyền thống cho nhà Gươl",
        "bộ",
        12_000_000,
        "Bộ chiêng",
    ),
    ("tuyen_truyen", "Tập huấn kỹ thuật chăn nuôi bò", "lớp", 15_000_000, "Lớp tập huấn"),
    (
        "kinh_te_tap_the",
        "Thành lập tổ hợp tác trồng dược liệu",
        "tổ",
        40_000_000,
        "Vật tư tổ hợp tác",
    ),
]
PER_HOUSEHOLD = {"con", "cây", "bao", "căn", "suất", "công trình"}


class _Demo:
    def __init__(self, db: Database, households: int, seed: int) -> None:
        self.db = db
        self.rng = random.Random(seed)
        self.households = households
        self.info = station.info(db)
        self.commune = self.info.unit.code
        # Today's commune was formed in the 2025 reform: what happened before it happened in a
        # predecessor (Xã Đắc Tôi for Xã La Dêê), whose records keep their own code.
        former = [u.code for u in reference.predecessors(db.conn, self.commune)]
        self.history = next((c for c in former if c != self.commune), self.commune)
        self.reform = reference.reform_date(db.conn)
        self.code = self.history
        self.today = dt.date.today()
        self.years = list(range(self.today.year - 3, self.today.year + 1))
        self.standard = reference.poverty_standard(db.conn, self.today.year)
        self.indicators = poverty.indicator_codes(self.standard)

    def date_in(self, year: int, first: int = 1, last: int = 12) -> str:
        start = dt.date(year, first, 1)
        end = min(dt.date(year, last, 28), self.today - dt.timedelta(days=1))
        if end < start:
            end = start
        return (start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))).isoformat()

    def insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        sql = (
            f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'
        )
        self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])

    def row(self, **values) -> dict:
        return {"id": uuid7(), "commune_code": self.code, **values}

    def on(self, day: str | int) -> None:
        """Rows made from here on carry the code of the commune in force on `day` (a date, or a
        year for what is proposed by 15/01)."""
        day = f"{day}-01-15" if isinstance(day, int) else day
        self.code = self.history if day < self.reform else self.commune

    # ---- records ------------------------------------------------------------------------

    def villages(self) -> list[str]:
        existing = [
            r[0]
            for r in self.db.execute("SELECT id FROM village WHERE deleted = 0 ORDER BY ordinal")
        ]
        names = {r[0] for r in self.db.execute("SELECT name FROM village")}
        missing = [n for n in VILLAGES if n not in names][: max(0, len(VILLAGES) - len(existing))]
        rows = [self.row(name=n, ordinal=len(existing) + i + 1) for i, n in enumerate(missing)]
        self.insert("village", rows)
        return existing + [r["id"] for r in rows]

    def sponsors(self) -> list[dict]:
        rows = [
            self.row(
                name=n,
                short_name=s,
                kind=k,
                headcount=h,
                address=a,
                representative=rep,
                representative_title=t,
                phone=p,
            )
            for n, s, k, h, a, rep, t, p in SPONSORS
        ]
        self.insert("sponsor", rows)
        self.insert(
            "twinning",
            [
                self.row(
                    sponsor_id=s["id"],
                    since=f"{2021 + i % 2}-0{3 + i}-15",
                    decision_number=f"{1200 + 37 * i}/QĐ-UBND",
                    decision_date=f"{2021 + i % 2}-0{3 + i}-01",
                    active=1,
                )
                for i, s in enumerate(rows)
            ],
        )
        return rows

    def members(self) -> None:
        self.insert(
            "member",
            [
                self.row(
                    full_name=n,
                    position=p,
                    unit=u,
                    group_role=r,
                    stages=json.dumps(st),
                    phone=f"09{self.rng.randrange(10**7, 10**8)}",
                    term_start="2021-06-01",
                )
                for n, p, u, r, st in MEMBERS
            ],
        )

    def people(self, village_ids: list[str]) -> list[dict]:
        rows = []
        for n in range(self.households):
            co_tu = self.rng.random() < 0.7
            gender = "nam" if self.rng.random() < 0.72 else "nu"
            surname = self.rng.choice(CO_TU_SURNAMES if co_tu else GIE_TRIENG_SURNAMES)
            given = self.rng.choice(MALE_NAMES if gender == "nam" else FEMALE_NAMES)
            name = f"{surname} {given}"
            village = village_ids[n % len(village_ids)]
            rows.append(
                self.row(
                    village_id=village,
                    code=f"{self.code}-{n + 1:06d}",
                    head_name=name,
                    head_birth_year=self.rng.randint(1950, 2002),
                    head_gender=gender,
                    ethnic_code="26" if co_tu else "27",
                    members=self.rng.randint(1, 8),
                    phone=f"03{self.rng.randrange(10**7, 10**8)}"
                    if self.rng.random() < 0.6
                    else None,
                    search_key="",
                )
            )
        for r in rows:
            r["search_key"] = household_key(r["head_name"], r["code"], r["phone"])
        self.insert("household", rows)
        return rows

    def yearly_status(self, households: list[dict]) -> dict[tuple[str, int], str]:
        """Poverty status per household and year, falling from about 45% to about 25% poor."""
        statuses: dict[tuple[str, int], str] = {}
        year_rows = []
        thresholds = self.standard["income_thresholds_vnd_per_person_month"]["rural"]
        for h in households:
            wealth = self.rng.uniform(0, 0.7)
            lacking = self.rng.sample(self.indicators, self.rng.choice([1, 2, 3, 3, 4, 4, 5, 6]))
            for year in self.years:
                self.on(f"{year}-12-31")
                wealth = min(1.0, wealth + self.rng.uniform(0, 0.08))
                if self.rng.random() < 0.04:  # illness, a lost harvest: some fall back
                    wealth = max(0.0, wealth - self.rng.uniform(0.15, 0.35))
                if wealth > 0.55 and lacking and self.rng.random() < 0.4:
                    lacking = lacking[:-1]
                income = (
                    int(thresholds["poor_and_near_poor_max"] * (0.45 + 1.6 * wealth)) // 1000 * 1000
                )
                status = poverty.classify(self.standard, income, lacking)
                statuses[(h["id"], year)] = status
                year_rows.append(
                    self.row(
                        household_id=h["id"],
                        year=year,
                        status=status,
                        income_per_month=income,
                        deprivations=json.dumps(lacking),
                        standard_code="2022-2025",
                    )
                )
                h.setdefault("_year", {})[year] = (income, list(lacking))
        self.insert("household_year", year_rows)
        return statuses

    def surveys(
        self, village_ids: list[str], households: list[dict], statuses: dict[tuple[str, int], str]
    ) -> list[str]:
        member_ids = [r[0] for r in self.db.execute("SELECT id FROM member ORDER BY full_name")]
        survey_ids = []
        for year in self.years:
            survey_date = self.date_in(year, 9, 11)
            self.on(survey_date)
            survey = self.row(
                survey_date=survey_date,
                kind="household",
                title=f"Rà soát hộ nghèo, hộ cận nghèo năm {year}",
                surveyors=json.dumps(member_ids[:3]),
                standard_code="2022-2025",
                completed=1,
            )
            self.insert("survey", [survey])
            survey_ids.append(survey["id"])
            indicator_rows = []
            for village in village_ids:
                in_village = [h for h in households if h["village_id"] == village]
                poor = sum(1 for h in in_village if statuses[(h["id"], year)] == "poor")
                near = sum(1 for h in in_village if statuses[(h["id"], year)] == "near_poor")
                values = {
                    "households": len(in_village),
                    "population": sum(h["members"] for h in in_village),
                    "poor_households": poor,
                    "near_poor_households": near,
                    "health_insurance_pct": round(self.rng.uniform(88, 100), 1),
                    "clean_water_pct": round(self.rng.uniform(55, 90), 1),
                    "latrine_pct": round(self.rng.uniform(35, 80), 1),
                    "temporary_houses": self.rng.randint(0, 12),
                }
                indicator_rows += [
                    self.row(survey_id=survey["id"], village_id=village, indicator=k, value=v)
                    for k, v in values.items()
                ]
            self.insert("survey_indicator", indicator_rows)
            if year >= self.years[-2]:
                self.insert(
                    "survey_observation",
                    [
                        self.row(
                            survey_id=survey["id"],
                            household_id=h["id"],
                            income_per_month=h["_year"][year][0],
                            deprivations=json.dumps(h["_year"][year][1]),
                            classification=statuses[(h["id"], year)],
                            members=h["members"],
                        )
                        for h in households
                    ],
                )
                # the register names the round its statuses came from
                surveys.apply_to_register(self.db, year, [h["id"] for h in households])
        return survey_ids

    def needs(
        self, sponsors: list[dict], village_ids: list[str], survey_ids: list[str]
    ) -> list[dict]:
        rows = []
        for y_index, year in enumerate([*self.years, self.today.year + 1]):
            upcoming = year > self.today.year
            for i, (cat, desc, unit, cost, _item) in enumerate(NEED_TEMPLATES):
                if self.rng.random() < 0.25:
                    continue
                qty = self.rng.choice([2, 4, 5, 10, 20, 50]) if unit in PER_HOUSEHOLD else 300
                if cost * qty > 600_000_000:
                    qty = max(1, 600_000_000 // cost)
                status = (
                    "de_xuat"
                    if upcoming
                    else self.rng.choice(
                        [
                            "hoan_thanh",
                            "hoan_thanh",
                            "dang_thuc_hien",
                            "duoc_nhan",
                            "da_gui",
                            "khong_thuc_hien",
                        ]
                        if year < self.today.year
                        else ["da_gui", "duoc_nhan", "dang_thuc_hien", "hoan_thanh"]
                    )
                )
                sponsor = sponsors[(i + y_index) % len(sponsors)]
                self.on(year)
                rows.append(
                    self.row(
                        year=year,
                        category_code=cat,
                        description=desc,
                        quantity=qty,
                        unit=unit,
                        estimated_cost=cost * qty,
                        priority=1 + i % 3,
                        status=status,
                        status_date=self.date_in(
                            min(year, self.today.year), 1, 2 if upcoming else 10
                        ),
                        sponsor_id=sponsor["id"],
                        survey_id=survey_ids[min(y_index, len(survey_ids) - 1)],
                        _item=_item,
                        _unit_cost=cost,
                    )
                )
        self.insert("need", [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows])
        self.insert(
            "need_beneficiary",
            [
                self.row(
                    commune_code=r["commune_code"],
                    need_id=r["id"],
                    village_id=self.rng.choice(village_ids),
                    household_id=None,
                )
                for r in rows
            ],
        )
        self.insert(
            "need_status_change",
            [
                self.row(
                    commune_code=r["commune_code"],
                    need_id=r["id"],
                    status=r["status"],
                    changed_on=r["status_date"],
                    note=None,
                )
                for r in rows
            ],
        )
        return rows

    def receipts(
        self,
        sponsors: list[dict],
        needs: list[dict],
        households: list[dict],
        statuses: dict[tuple[str, int], str],
        village_ids: list[str],
    ) -> None:
        receivers = ["Alăng Văn Thương", "Hồ Văn Dũng", "Briu Văn Biên"]
        number: dict[int, int] = {}
        for need in needs:
            if need["status"] not in ("hoan_thanh", "dang_thuc_hien", "duoc_nhan"):
                continue
            year = need["year"]
            share = 1.0 if need["status"] == "hoan_thanh" else self.rng.choice([0.4, 0.6])
            if need["status"] == "duoc_nhan" and self.rng.random() < 0.5:
                continue
            sponsor = next(s for s in sponsors if s["id"] == need["sponsor_id"])
            number[year] = number.get(year, 0) + 1
            received_on = self.date_in(year, 2, 11)
            self.on(received_on)
            receipt = self.row(
                received_on=received_on,
                place="Hội trường UBND xã",
                sponsor_id=sponsor["id"],
                resource_kind="hien_vat" if need["unit"] in PER_HOUSEHOLD else "cong_trinh",
                category_code=need["category_code"],
                gift_only=0,
                minutes_number=f"{number[year]:02d}/BB-UBND",
                description=need["description"],
            )
            qty = max(1, round(need["quantity"] * share))
            items = [
                self.row(
                    receipt_id=receipt["id"],
                    ordinal=1,
                    name=need["_item"],
                    unit=need["unit"],
                    quantity=qty,
                    unit_price=need["_unit_cost"],
                    amount=qty * need["_unit_cost"],
                )
            ]
            if need["category_code"] == "nong_lam_nghiep" and self.rng.random() < 0.5:
                items.append(
                    self.row(
                        receipt_id=receipt["id"],
                        ordinal=2,
                        name="Thuốc thú y",
                        unit="bộ",
                        quantity=qty,
                        unit_price=150_000,
                        amount=qty * 150_000,
                    )
                )
            self._write_receipt(receipt, items, sponsor, receivers)
            self.insert(
                "receipt_need",
                [
                    self.row(
                        receipt_id=receipt["id"],
                        need_id=need["id"],
                        value=items[0]["amount"],
                        quantity=qty,
                        item_ids=json.dumps([items[0]["id"]]),  # the item the need asked for
                    )
                ],
            )
            self._allocate(items, households, statuses, year, village_ids)
        for year in self.years:  # Tết gifts: gift-only receipts
            for sponsor in sponsors[:2]:
                number[year] = number.get(year, 0) + 1
                received_on = self.date_in(year, 1, 2)
                self.on(received_on)
                receipt = self.row(
                    received_on=received_on,
                    place="Nhà văn hóa xã",
                    sponsor_id=sponsor["id"],
                    resource_kind="hien_vat",
                    category_code="tang_qua",
                    gift_only=1,
                    minutes_number=f"{number[year]:02d}/BB-UBND",
                    description=f"Quà Tết Nguyên đán {year}",
                )
                qty = 30
                items = [
                    self.row(
                        receipt_id=receipt["id"],
                        ordinal=1,
                        name="Quà Tết",
                        unit="suất",
                        quantity=qty,
                        unit_price=500_000,
                        amount=qty * 500_000,
                    )
                ]
                self._write_receipt(receipt, items, sponsor, receivers)
                self._allocate(items, households, statuses, year, village_ids)

    def _write_receipt(
        self, receipt: dict, items: list[dict], sponsor: dict, receivers: list[str]
    ) -> None:
        self.insert("receipt", [receipt])
        self.insert("receipt_item", items)
        self.insert(
            "receipt_party",
            [
                self.row(
                    receipt_id=receipt["id"],
                    side="giver",
                    full_name=sponsor["representative"],
                    position=sponsor["representative_title"],
                    ordinal=1,
                ),
                self.row(
                    receipt_id=receipt["id"],
                    side="receiver",
                    full_name=self.rng.choice(receivers),
                    position="Thành viên Tổ công tác kết nghĩa",
                    ordinal=1,
                ),
                self.row(
                    receipt_id=receipt["id"],
                    side="witness",
                    full_name="Bhríu Quân",
                    position="Chủ tịch Ủy ban MTTQ xã",
                    ordinal=1,
                ),
            ],
        )

    def _allocate(
        self,
        items: list[dict],
        households: list[dict],
        statuses: dict[tuple[str, int], str],
        year: int,
        village_ids: list[str],
    ) -> None:
        rows = []
        for item in items:
            if item["unit"] not in PER_HOUSEHOLD:
                rows.append(
                    self.row(
                        receipt_item_id=item["id"],
                        household_id=None,
                        village_id=self.rng.choice(village_ids),
                        quantity=item["quantity"],
                        handed_on=None,
                        notes=None,
                    )
                )
                continue
            poor = [h for h in households if statuses[(h["id"], year)] in ("poor", "near_poor")]
            count = min(len(poor), int(item["quantity"]))
            per = item["quantity"] / count if count else 0
            rows += [
                self.row(
                    receipt_item_id=item["id"],
                    household_id=h["id"],
                    village_id=None,
                    quantity=per,
                    handed_on=None,
                    notes=None,
                )
                for h in self.rng.sample(poor, count)
            ]
        self.insert("allocation", rows)

    def models(self, sponsors: list[dict], households: list[dict], village_ids: list[str]) -> None:
        kinds = reference.catalog(self.db.conn, "model_kind")
        names = [  # each begins with its kind's name in the reference catalog
            "Nhóm hộ nuôi bò sinh sản",
            "Tổ hợp tác trồng ba kích",
            "Câu lạc bộ dệt thổ cẩm",
            "Nhóm hộ nuôi gà thả vườn",
            "Hợp tác xã dược liệu Đắc Tôi",
        ]
        for year in self.years:
            for i, sponsor in enumerate(sponsors):
                if self.rng.random() < 0.2:
                    continue
                self.on(year)
                model = self.row(
                    name=names[(i + year) % len(names)],
                    kind=next(
                        k.code for k in kinds if names[(i + year) % len(names)].startswith(k.name)
                    ),
                    year=year,
                    # set up through the year (no draw from rng: the rest of the demo stays)
                    started_on=min(
                        dt.date(year, 1 + (3 * i + year) % 12, 10),
                        max(dt.date(year, 1, 1), self.today - dt.timedelta(days=1)),
                    ).isoformat(),
                    sponsor_id=sponsor["id"],
                    category_code="kinh_te_tap_the",
                    status=self.rng.choice(["moi", "cung_co", "nhan_rong"]),
                    village_id=self.rng.choice(village_ids),
                    results="Các hộ tham gia có thu nhập ổn định, tăng đàn, bán sản phẩm cho thương lái.",
                )
                self.insert("livelihood_model", [model])
                self.insert(
                    "model_member",
                    [
                        self.row(model_id=model["id"], household_id=h["id"])
                        for h in self.rng.sample(
                            households, min(len(households), self.rng.randint(6, 15))
                        )
                    ],
                )

    def assessments(self, sponsors: list[dict]) -> None:
        for year in self.years[:-1]:
            for sponsor in sponsors:
                self.on(f"{year}-12-20")
                assessment_id = assessments.save_draft(
                    self.db,
                    sponsor["id"],
                    year,
                    commune_code=self.code,
                    # the rating the figures support, as an officer following the rules gives it
                    rating=assessments.suggested_rating(
                        assessments.compute(self.db, sponsor["id"], year, commune_code=self.code)
                    ),
                    comments="Đơn vị quan tâm, phối hợp chặt chẽ với Tổ công tác; hỗ trợ đúng nhu cầu đề xuất.",
                )
                assessments.finalize(
                    self.db, assessment_id, self.info.officer, on=dt.date(year, 12, 20)
                )

    def run(self) -> None:
        with transaction(self.db):
            village_ids = self.villages()
            sponsors = self.sponsors()
            self.members()
            households = self.people(village_ids)
            statuses = self.yearly_status(households)
            survey_ids = self.surveys(village_ids, households, statuses)
            needs = self.needs(sponsors, village_ids, survey_ids)
            self.receipts(sponsors, needs, households, statuses, village_ids)
            self.models(sponsors, households, village_ids)
            self.assessments(sponsors)


def populate(db: Database, households: int = 600, seed: int = 1) -> None:
    """Fill this commune station with demo records, in one transaction."""
    _Demo(db, households, seed).run()
