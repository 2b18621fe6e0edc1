<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.forms</name>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Thêm mới</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>Xuất Excel</translation>
    </message>
    <message>
      <source>These records cannot be deleted here.</source>
      <translation>Không xóa được các bản ghi này ở đây.</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
      <source>You have changes that are not saved. Close and lose them?</source>
      <translation>Có thay đổi chưa được lưu. Đóng và bỏ các thay đổi này?</translation>
    </message>
    <message>
      <source>Commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <source>Search (accents not needed)</source>
      <translation>Tìm kiếm (gõ không dấu cũng được)</translation>
    </message>
    <message>
      <source>Move {count} record(s) to the trash? They can be restored from there.</source>
      <translation>Chuyển {count} bản ghi vào thùng rác? Có thể khôi phục lại từ đó.</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Không lưu được</translation>
    </message>
    <message>
      <source>Exported {rows} rows to {path}.</source>
      <translation>Đã xuất {rows} dòng ra tệp {path}.</translation>
    </message>
    <message>
      <source>{count} records</source>
      <translation>{count} bản ghi</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>Không xóa được</translation>
    </message>
    <message>
      <source>The file {name} could not be used ({reason}).</source>
      <translation>Không dùng được tệp {name} ({reason}).</translation>
    </message>
  </context>
</TS>
