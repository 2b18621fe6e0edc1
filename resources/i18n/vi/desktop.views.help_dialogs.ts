<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.help_dialogs</name>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Sổ Kết Nghĩa — User guide</source>
      <translation>Sổ Kết Nghĩa — Hướng dẫn sử dụng</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Mục lục</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
      <source>The user guide is not installed with this copy of the program.</source>
      <translation>Bản chương trình này không có kèm hướng dẫn sử dụng.</translation>
    </message>
    <message>
      <source>Go to the search box</source>
      <translation>Đến ô tìm kiếm</translation>
    </message>
    <message>
      <source>Add new</source>
      <translation>Thêm mới</translation>
    </message>
    <message>
      <source>Open the selected record</source>
      <translation>Mở bản ghi đang chọn</translation>
    </message>
    <message>
      <source>Delete the selected records</source>
      <translation>Xóa các bản ghi đang chọn</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Làm mới</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Thoát</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Phím tắt</translation>
    </message>
    <message>
      <source>About Sổ Kết Nghĩa</source>
      <translation>Giới thiệu Sổ Kết Nghĩa</translation>
    </message>
    <message>
      <source>not loaded</source>
      <translation>chưa nạp</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Phím</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Việc</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Phiên bản</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Giấy phép</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
      <source>Log file</source>
      <translation>Tệp nhật ký</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Dữ liệu danh mục</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Trạm</translation>
    </message>
    <message>
      <source>{in_use} (the program came with {shipped})</source>
      <translation>{in_use} (chương trình kèm theo bản {shipped})</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>chưa có</translation>
    </message>
    <message>
      <source>{licence} — free software: you may copy, change and share it</source>
      <translation>{licence} — phần mềm tự do: được sao chép, sửa đổi và chia sẻ</translation>
    </message>
  </context>
</TS>
