<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.settings</name>
    <message>
      <source>Station “{name}” of {unit} ({code}).</source>
      <translation>Trạm “{name}” của {unit} (mã {code}).</translation>
    </message>
    <message>
      <source>{label} is now: {value}</source>
      <translation>{label} nay là: {value}</translation>
    </message>
    <message>
      <source>The station now belongs to {new} ({code}); the records made under {old} keep their code and count in every figure of {new}.</source>
      <translation>Trạm nay thuộc {new} (mã {code}); hồ sơ lập thời {old} giữ mã cũ và được tính vào mọi số liệu của {new}.</translation>
    </message>
    <message>
      <source>(default)</source>
      <translation>(mặc định)</translation>
    </message>
  </context>
</TS>
