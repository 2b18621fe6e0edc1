<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.attachments_panel</name>
    <message>
      <source>Attach file…</source>
      <translation>Đính kèm tệp…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <source>Attach photos or scans</source>
      <translation>Đính kèm ảnh hoặc bản quét</translation>
    </message>
    <message>
      <source>Images and documents (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
      <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
      <source>Cannot attach</source>
      <translation>Không đính kèm được</translation>
    </message>
    <message>
      <source>{name} · attached when saved</source>
      <translation>{name} · đính kèm khi lưu</translation>
    </message>
    <message>
      <source>Cannot open</source>
      <translation>Không mở được</translation>
    </message>
    <message>
      <source>{name} · {size} KB · added {date}</source>
      <translation>{name} · {size} KB · thêm ngày {date}</translation>
    </message>
  </context>
</TS>
