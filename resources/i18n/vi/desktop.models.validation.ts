<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>Enter a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The number cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a whole number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This field is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The number cannot be above {maximum}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a date as dd/mm/yyyy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date cannot be in the future (today is {today}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date cannot be before {date}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
