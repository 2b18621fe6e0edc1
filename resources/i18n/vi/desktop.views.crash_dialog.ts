<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.crash_dialog</name>
    <message>
      <source>Sổ Kết Nghĩa: program error</source>
      <translation>Sổ Kết Nghĩa: lỗi chương trình</translation>
    </message>
    <message>
      <source>The details are below.</source>
      <translation>Chi tiết ở bên dưới.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Copy the details</source>
      <translation>Chép chi tiết</translation>
    </message>
    <message>
      <source>The details were copied; paste them into a message.</source>
      <translation>Đã chép chi tiết; dán vào tin nhắn hoặc thư để gửi đi.</translation>
    </message>
    <message>
      <source>The details were written to the log file {path}.</source>
      <translation>Chi tiết đã được ghi vào tệp nhật ký {path}.</translation>
    </message>
    <message>
      <source>Sổ Kết Nghĩa met a program error. It is a fault in the program, not in your data: what was saved before stays saved. {where} Copy the details and send them to whoever supports the program, then go on working or restart the program.</source>
      <translation>Sổ Kết Nghĩa gặp một lỗi của chương trình. Đây là lỗi của phần mềm, không phải lỗi dữ liệu: những gì đã lưu trước đó vẫn còn nguyên. {where} Hãy chép chi tiết và gửi cho người hỗ trợ phần mềm, rồi làm tiếp hoặc mở lại chương trình.</translation>
    </message>
    <message>
      <source>Log file</source>
      <translation>Tệp nhật ký</translation>
    </message>
  </context>
</TS>
