<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.group</name>
    <message>
      <source>Enter the member's full name.</source>
      <translation>Nhập họ và tên thành viên.</translation>
    </message>
    <message>
      <source>Choose the member's role in the group.</source>
      <translation>Chọn vai trò trong Tổ.</translation>
    </message>
    <message>
      <source>This member no longer exists; it may have been deleted.</source>
      <translation>Thành viên này không còn; có thể đã bị xóa.</translation>
    </message>
    <message>
      <source>A phone number may hold only digits, spaces and + . - ( ).</source>
      <translation>Số điện thoại chỉ gồm chữ số, dấu cách và + . - ( ).</translation>
    </message>
    <message>
      <source>The end of the term cannot be before its start.</source>
      <translation>Ngày hết nhiệm kỳ không được trước ngày bắt đầu.</translation>
    </message>
    <message>
      <source>Working group member</source>
      <translation>Thành viên Tổ công tác</translation>
    </message>
    <message>
      <source>Group leader</source>
      <translation>Tổ trưởng</translation>
    </message>
    <message>
      <source>Deputy leader</source>
      <translation>Tổ phó</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Thành viên</translation>
    </message>
    <message>
      <source>Unknown stage: {codes}.</source>
      <translation>Khâu công việc không có trong danh mục: {codes}.</translation>
    </message>
    <message>
      <source>working group members</source>
      <translation>thành viên tổ công tác</translation>
    </message>
    <message>
      <source>{name} is already the group leader; change that member's role first.</source>
      <translation>{name} đang là Tổ trưởng; hãy đổi vai trò của người đó trước.</translation>
    </message>
  </context>
</TS>
