<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>Enter the model's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the kind of model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the sponsor that helped build the model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the status.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This village no longer exists; choose another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the support category.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A household is listed twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New</source>
      <translation>Thêm mới</translation>
    </message>
    <message>
      <source>Consolidated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replicated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year cannot be in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This sponsor has been deleted; choose another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A member household has been deleted; remove it from the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This livelihood model does not exist or has been deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year is too far in the past.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
