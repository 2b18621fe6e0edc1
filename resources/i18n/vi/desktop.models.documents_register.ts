<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>A document needs a kind and a symbol to be numbered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This document is not in the register.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
