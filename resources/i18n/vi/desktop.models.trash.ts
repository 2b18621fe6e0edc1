<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>Village</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Twinning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working group member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Household</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Household status of a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Survey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Survey indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Survey observation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Need beneficiary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Need status change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipt representative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipt item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receipt–need link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allocation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Livelihood model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Model member household</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Year-end assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issued document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This kind of record cannot be restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This record is no longer in the trash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This record cannot be restored: another record now takes its place.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
