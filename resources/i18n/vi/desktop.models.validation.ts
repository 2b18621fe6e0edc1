<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.validation</name>
    <message>
      <source>Enter a number.</source>
      <translation>Nhập một số.</translation>
    </message>
    <message>
      <source>The number cannot be negative.</source>
      <translation>Số không được âm.</translation>
    </message>
    <message>
      <source>Enter a whole number.</source>
      <translation>Nhập số nguyên.</translation>
    </message>
    <message>
      <source>This field is required.</source>
      <translation>Trường này bắt buộc.</translation>
    </message>
    <message>
      <source>The number cannot be above {maximum}.</source>
      <translation>Số không được lớn hơn {maximum}.</translation>
    </message>
    <message>
      <source>Enter the date.</source>
      <translation>Nhập ngày.</translation>
    </message>
    <message>
      <source>Enter a date as dd/mm/yyyy.</source>
      <translation>Nhập ngày theo dạng ngày/tháng/năm (dd/mm/yyyy).</translation>
    </message>
    <message>
      <source>The date cannot be in the future (today is {today}).</source>
      <translation>Ngày không được sau hôm nay ({today}).</translation>
    </message>
    <message>
      <source>The date cannot be before {date}.</source>
      <translation>Ngày không được trước {date}.</translation>
    </message>
  </context>
</TS>
