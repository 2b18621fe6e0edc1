<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>Enter the member's full name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the member's role in the group.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This member no longer exists; it may have been deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A phone number may hold only digits, spaces and + . - ( ).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The end of the term cannot be before its start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Group leader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deputy leader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown stage: {codes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is already the group leader; change that member's role first.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
