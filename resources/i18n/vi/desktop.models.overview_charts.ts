<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.overview_charts</name>
    <message>
      <source>Year {year}</source>
      <translation>Năm {year}</translation>
    </message>
  </context>
</TS>
