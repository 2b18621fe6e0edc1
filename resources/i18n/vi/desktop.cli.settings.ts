<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.settings</name>
    <message>
      <source>the station's settings</source>
      <translation>thiết lập của trạm</translation>
    </message>
    <message>
      <source>list the settings</source>
      <translation>liệt kê các thiết lập</translation>
    </message>
    <message>
      <source>one JSON object</source>
      <translation>một đối tượng JSON</translation>
    </message>
    <message>
      <source>change one setting (an empty value: the default)</source>
      <translation>đổi một thiết lập (giá trị rỗng: trở về mặc định)</translation>
    </message>
    <message>
      <source>the setting's key, as `settings show` lists it</source>
      <translation>khóa của thiết lập, như `settings show` liệt kê</translation>
    </message>
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
      <source>move a station set up before the 2025 reform to its successor unit</source>
      <translation>chuyển trạm lập trước cải cách năm 2025 sang đơn vị mới kế thừa</translation>
    </message>
    <message>
      <source>(default)</source>
      <translation>(mặc định)</translation>
    </message>
  </context>
</TS>
