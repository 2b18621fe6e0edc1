<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.trash_page</name>
    <message>
      <source>Also show parts of records (items, allocations, links)</source>
      <translation>Hiện cả phần của bản ghi (hạng mục, phân bổ, liên kết)</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
    <message>
      <source>Trash</source>
      <translation>Thùng rác</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Deleted at</source>
      <translation>Thời điểm xóa</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Bản ghi</translation>
    </message>
    <message>
      <source>Deleted records stay here and are sent to the {level} as deletions. Restoring one brings it back everywhere.</source>
      <translation>Bản ghi đã xóa được giữ ở đây và được gửi lên {level} dưới dạng xóa. Khôi phục một bản ghi sẽ đưa nó trở lại ở mọi nơi.</translation>
    </message>
    <message>
      <source>Commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <source>{count} deleted records</source>
      <translation>{count} bản ghi đã xóa</translation>
    </message>
    <message>
      <source>Cannot restore</source>
      <translation>Không khôi phục được</translation>
    </message>
    <message>
      <source>Restored {count}: {names}. They are back on their pages.</source>
      <translation>Đã khôi phục {count} mục: {names}. Các mục đã trở lại trang của mình.</translation>
    </message>
  </context>
</TS>
