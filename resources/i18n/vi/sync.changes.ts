<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>The bundle's content is malformed ({detail}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle writes to “{table}”, which a station may not write.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle holds a column this program does not know ({table}.{column}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle changes a district-owned record ({table}), which only the district may change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle changes a record of another commune ({code}).</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
