<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>This station already has keys; they are never replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This data folder has no station yet; run “ketnghia init” first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The key files in {folder} belong to another station.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The keys of this station are missing from {folder}; restore them from a backup or set up this PC again as a new station.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The key files in {folder} are damaged.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
