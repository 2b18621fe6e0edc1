<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.import_dialog</name>
    <message>
      <source>Import households from a spreadsheet</source>
      <translation>Nhập danh sách hộ từ bảng tính</translation>
    </message>
    <message>
      <source>The row of the column headers; 'found' lets the program find it.</source>
      <translation>Dòng tiêu đề cột; để “tự tìm” thì chương trình tự tìm dòng này.</translation>
    </message>
    <message>
      <source>from the sheet</source>
      <translation>theo bảng</translation>
    </message>
    <message>
      <source>The year of the poverty status and income in the list.</source>
      <translation>Năm của phân loại hộ và thu nhập trong danh sách.</translation>
    </message>
    <message>
      <source>Year of the status</source>
      <translation>Năm phân loại</translation>
    </message>
    <message>
      <source>What the program found in the file appears here.</source>
      <translation>Những gì chương trình tìm thấy trong tệp hiện ở đây.</translation>
    </message>
    <message>
      <source>Lacking indicators: their names or codes separated by commas or semicolons. Income: per person per month, in đồng.</source>
      <translation>Chỉ số thiếu hụt: ghi tên hoặc mã chỉ số, cách nhau bằng dấu phẩy hoặc chấm phẩy. Thu nhập: bình quân đầu người mỗi tháng, tính bằng đồng.</translation>
    </message>
    <message>
      <source>Use the proposed villages</source>
      <translation>Dùng các thôn được gợi ý</translation>
    </message>
    <message>
      <source>Import households like one already listed</source>
      <translation>Nhập cả hộ giống hộ khác</translation>
    </message>
    <message>
      <source>Reading the sheet…</source>
      <translation>Đang đọc trang tính…</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
      <source>Importing the households…</source>
      <translation>Đang nhập danh sách hộ…</translation>
    </message>
    <message>
      <source>The list gives poverty status or income but no year (no Năm column, no year in its title): choose the year of the status above.</source>
      <translation>Danh sách có phân loại hộ hoặc thu nhập nhưng không rõ năm (không có cột Năm, tiêu đề không ghi năm): hãy chọn năm phân loại ở trên.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Hợp lệ</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Check result</source>
      <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
      <source>{count} households imported.</source>
      <translation>Đã nhập {count} hộ.</translation>
    </message>
    <message>
      <source>proposed village: {typed} → {village}</source>
      <translation>thôn gợi ý: {typed} → {village}</translation>
    </message>
    <message>
      <source>{good} rows can be imported, {bad} rows are refused, {waiting} wait for confirmation, {already} are already in the book.</source>
      <translation>{good} dòng nhập được, {bad} dòng bị từ chối, {waiting} dòng chờ xác nhận, {already} dòng đã có trong sổ.</translation>
    </message>
  </context>
</TS>
