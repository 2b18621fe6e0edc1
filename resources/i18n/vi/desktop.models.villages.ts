<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.villages</name>
    <message>
      <source>This village no longer exists.</source>
      <translation>Thôn này không còn trong danh sách.</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Thôn</translation>
    </message>
    <message>
      <source>Enter the village name.</source>
      <translation>Nhập tên thôn.</translation>
    </message>
    <message>
      <source>{count} households</source>
      <translation>{count} hộ</translation>
    </message>
    <message>
      <source>{count} needs</source>
      <translation>{count} nhu cầu</translation>
    </message>
    <message>
      <source>{count} hand-outs</source>
      <translation>{count} lượt cấp phát</translation>
    </message>
    <message>
      <source>{count} livelihood models</source>
      <translation>{count} mô hình sinh kế</translation>
    </message>
    <message>
      <source>{count} survey indicators</source>
      <translation>{count} chỉ tiêu khảo sát</translation>
    </message>
    <message>
      <source>{name} cannot be removed: {uses} refer to it. Move or remove those first.</source>
      <translation>Không xóa được {name}: còn {uses} thuộc thôn này. Hãy chuyển hoặc xóa các mục đó trước.</translation>
    </message>
    <message>
      <source>villages</source>
      <translation>thôn</translation>
    </message>
    <message>
      <source>The commune already has a village named {name}.</source>
      <translation>Xã đã có thôn tên {name}.</translation>
    </message>
  </context>
</TS>
