<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.group_page</name>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <source>e.g. Vice-chairman of the commune People's Committee</source>
      <translation>VD: Phó Chủ tịch UBND xã</translation>
    </message>
    <message>
      <source>Workplace</source>
      <translation>Đơn vị công tác</translation>
    </message>
    <message>
      <source>Role in the group</source>
      <translation>Vai trò trong Tổ</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Term from</source>
      <translation>Nhiệm kỳ từ</translation>
    </message>
    <message>
      <source>Term until</source>
      <translation>Nhiệm kỳ đến</translation>
    </message>
    <message>
      <source>Responsible for</source>
      <translation>Phụ trách khâu</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Twinning working group</source>
      <translation>Tổ công tác kết nghĩa</translation>
    </message>
    <message>
      <source>Search members (accents not needed)</source>
      <translation>Tìm thành viên (gõ không dấu cũng được)</translation>
    </message>
    <message>
      <source>All roles</source>
      <translation>Tất cả vai trò</translation>
    </message>
    <message>
      <source>New member</source>
      <translation>Thêm thành viên</translation>
    </message>
    <message>
      <source>Who is responsible for each stage</source>
      <translation>Phân công phụ trách các khâu công việc</translation>
    </message>
    <message>
      <source>Working group member</source>
      <translation>Thành viên Tổ công tác</translation>
    </message>
    <message>
      <source>All communes</source>
      <translation>Tất cả các xã</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Vai trò</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Khâu công việc</translation>
    </message>
    <message>
      <source>Responsible members</source>
      <translation>Thành viên phụ trách</translation>
    </message>
    <message>
      <source>— nobody assigned —</source>
      <translation>— chưa phân công —</translation>
    </message>
  </context>
</TS>
