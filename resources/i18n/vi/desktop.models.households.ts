<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>Poor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Near-poor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Average living</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not poor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the name of the head of household.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the household's village.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose male or female.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose an ethnic group from the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A household has at least one member.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The income cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No income estimate: only the lacking indicators are counted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More than 50 members: check the number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A phone number has 10 digits, like 0905 123 456.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Female</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status: {status} (standard {source}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This household no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The birth year must be between 1900 and {year}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year must be between 2000 and {year}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lacks {lacking} of the {total} basic social service indicators; {needed} or more make the household poor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income {income} per person per month is at or below the poverty line {line}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown indicators: {codes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income {income} per person per month is above the poverty line {line} and at or below the average-living line {average}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income {income} per person per month is above the average-living line {average}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
