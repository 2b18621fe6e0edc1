<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>The file {name} cannot be found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {name} is larger than 50 MB; attach a smaller scan or photo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {name} could not be copied: {error}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
