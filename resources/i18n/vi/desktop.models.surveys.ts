<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>Choose the kind of survey.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a title for the survey round.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This survey round no longer exists; it may have been deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose at least one surveyor from the working group.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This observation no longer exists; it may have been deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the household.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commune survey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Village survey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Household review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A chosen surveyor is no longer in the working group.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown indicator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This village no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This household is not in the survey's commune.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This household is already observed in this round.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown indicator: {codes}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
