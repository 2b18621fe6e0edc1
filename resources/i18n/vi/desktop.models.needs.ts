<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>Proposed</source>
      <translation>Đề xuất</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Đã gửi</translation>
    </message>
    <message>
      <source>Accepted for support</source>
      <translation>Được nhận hỗ trợ</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Đang thực hiện</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Hoàn thành</translation>
    </message>
    <message>
      <source>Not carried out</source>
      <translation>Không thực hiện</translation>
    </message>
  </context>
</TS>
