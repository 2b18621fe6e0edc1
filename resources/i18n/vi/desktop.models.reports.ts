<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>No receipt has the id {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No needs are recorded for {year}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown period {period}; use one of {periods}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing is recorded for {year} in this period: no receipts, needs or models.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No household has the id {id}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
