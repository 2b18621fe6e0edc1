<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.reports</name>
    <message>
      <source>Type the household code or the head's name.</source>
      <translation>Nhập mã hộ hoặc tên chủ hộ.</translation>
    </message>
    <message>
      <source>Several households match “{typed}”: {listed}. Type the household code.</source>
      <translation>Có nhiều hộ khớp với “{typed}”: {listed}. Hãy nhập mã hộ.</translation>
    </message>
    <message>
      <source>No receipt has the id {id}.</source>
      <translation>Không có lượt tiếp nhận nào có mã {id}.</translation>
    </message>
    <message>
      <source>No needs are recorded for {year}.</source>
      <translation>Chưa có nhu cầu nào được ghi cho năm {year}.</translation>
    </message>
    <message>
      <source>Unknown period {period}; use one of {periods}.</source>
      <translation>Không có kỳ báo cáo {period}; hãy dùng một trong các kỳ: {periods}.</translation>
    </message>
    <message>
      <source>Nothing is recorded for {year} in this period: no receipts, needs or models.</source>
      <translation>Kỳ này của năm {year} chưa có số liệu: không có lượt tiếp nhận, nhu cầu hay mô hình nào.</translation>
    </message>
    <message>
      <source>No household has the id {id}.</source>
      <translation>Không có hộ nào có mã {id}.</translation>
    </message>
    <message>
      <source>No household has the code or name “{typed}”.</source>
      <translation>Không có hộ nào có mã hoặc tên “{typed}”.</translation>
    </message>
  </context>
</TS>
