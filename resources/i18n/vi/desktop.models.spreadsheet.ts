<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.spreadsheet</name>
    <message>
      <source>The file {name} is damaged or is not a spreadsheet (.xlsx, .xlsm, .xls, .ods, .csv) that can be read.</source>
      <translation>Tệp {name} bị hỏng hoặc không phải bảng tính đọc được (.xlsx, .xlsm, .xls, .ods, .csv).</translation>
    </message>
    <message>
      <source>The file {name} is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save it, then import it again.</source>
      <translation>Tệp {name} được đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) và lưu lại, rồi nhập lại.</translation>
    </message>
    <message>
      <source>The sheet has more than {count} rows; split it into smaller files.</source>
      <translation>Bảng có hơn {count} dòng; hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
      <source>The file {name} does not exist.</source>
      <translation>Không có tệp {name}.</translation>
    </message>
    <message>
      <source>The workbook has no sheet named {sheet}; its sheets: {sheets}.</source>
      <translation>Tệp không có trang tên {sheet}; các trang của tệp: {sheets}.</translation>
    </message>
  </context>
</TS>
