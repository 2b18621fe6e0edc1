<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>Enter the sponsor's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the kind of sponsor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This sponsor no longer exists; it may have been deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This sponsor belongs to the district's directory; only the district can change it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A phone number may hold only digits, spaces and + . - ( ).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The e-mail address is not valid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This twinning no longer exists; it may have been deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the sponsor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the commune of the twinning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The end of the twinning cannot be before its start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the number of the decision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This sponsor already has an active twinning with this commune.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A sponsor named {name} already exists.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
