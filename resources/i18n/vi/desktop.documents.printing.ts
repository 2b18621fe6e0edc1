<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>This receipt has no items; add them before printing the minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing from this receipt has been handed to households or villages yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is a folder; give a file name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} cannot be written here.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
