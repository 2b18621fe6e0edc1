<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.logs</name>
    <message>
      <source>A program error stopped this work; it is a fault in Sổ Kết Nghĩa, not in your data.</source>
      <translation>Một lỗi của chương trình đã làm dừng việc này; đây là lỗi của Sổ Kết Nghĩa, không phải lỗi dữ liệu của anh/chị.</translation>
    </message>
    <message>
      <source>A program error stopped this work; it is a fault in Sổ Kết Nghĩa, not in your data. The details are in the log file {path}: send it to whoever supports the program.</source>
      <translation>Một lỗi của chương trình đã làm dừng việc này; đây là lỗi của Sổ Kết Nghĩa, không phải lỗi dữ liệu của anh/chị. Chi tiết được ghi trong tệp nhật ký {path}: gửi tệp này cho người hỗ trợ phần mềm.</translation>
    </message>
  </context>
</TS>
