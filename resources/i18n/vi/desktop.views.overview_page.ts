<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.overview_page</name>
    <message>
      <source>households</source>
      <translation>hộ gia đình</translation>
    </message>
    <message>
      <source>poor households</source>
      <translation>hộ nghèo</translation>
    </message>
    <message>
      <source>needs proposed this year</source>
      <translation>nhu cầu đề xuất trong năm</translation>
    </message>
    <message>
      <source>received this year</source>
      <translation>nguồn lực tiếp nhận trong năm</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Biểu đồ</translation>
    </message>
    <message>
      <source>Tables</source>
      <translation>Bảng số liệu</translation>
    </message>
    <message>
      <source>{unit} — situation in {year}</source>
      <translation>{unit} — tình hình năm {year}</translation>
    </message>
    <message>
      <source>{rate}% of households; {near} near-poor</source>
      <translation>{rate}% số hộ; {near} hộ cận nghèo</translation>
    </message>
    <message>
      <source>estimated {cost}</source>
      <translation>dự toán {cost}</translation>
    </message>
    <message>
      <source>{models} livelihood models this year</source>
      <translation>{models} mô hình sinh kế trong năm</translation>
    </message>
  </context>
</TS>
