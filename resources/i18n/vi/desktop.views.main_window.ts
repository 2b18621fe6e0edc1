<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.main_window</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Thoát</translation>
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
      <source>A background task is writing: saving waits until it ends.</source>
      <translation>Đang ghi dữ liệu ở nền: chờ xong mới lưu được.</translation>
    </message>
    <message>
      <source>Sổ Kết Nghĩa — {station} ({unit})</source>
      <translation>Sổ Kết Nghĩa — {station} ({unit})</translation>
    </message>
    <message>
      <source>{station} · {unit} · {count} commune stations enrolled</source>
      <translation>{station} · {unit} · {count} trạm xã đã ghi danh</translation>
    </message>
    <message>
      <source>{station} · {unit} · {pending} changes not yet acknowledged by the district</source>
      <translation>{station} · {unit} · {pending} thay đổi chưa được trạm tổng hợp xác nhận</translation>
    </message>
  </context>
</TS>
