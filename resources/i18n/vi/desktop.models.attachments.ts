<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.attachments</name>
    <message>
      <source>Attachment</source>
      <translation>Tệp đính kèm</translation>
    </message>
    <message>
      <source>The attachment's name “{name}” is not a sha256 hash.</source>
      <translation>Tên tệp đính kèm “{name}” không phải là mã băm sha256.</translation>
    </message>
    <message>
      <source>The file {name} cannot be found.</source>
      <translation>Không tìm thấy tệp {name}.</translation>
    </message>
    <message>
      <source>The file {name} is larger than 50 MB; attach a smaller scan or photo.</source>
      <translation>Tệp {name} lớn hơn 50 MB; hãy đính kèm bản quét hoặc ảnh nhỏ hơn.</translation>
    </message>
  </context>
</TS>
