<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.imports</name>
    <message>
      <source>import records from a spreadsheet</source>
      <translation>nhập dữ liệu từ bảng tính</translation>
    </message>
    <message>
      <source>households from an .xlsx sheet</source>
      <translation>hộ gia đình từ một trang tính .xlsx</translation>
    </message>
    <message>
      <source>.xlsx file</source>
      <translation>tệp .xlsx</translation>
    </message>
    <message>
      <source>sheet name (the first sheet when omitted)</source>
      <translation>tên trang tính (bỏ trống: trang đầu tiên)</translation>
    </message>
    <message>
      <source>check every row and write nothing</source>
      <translation>kiểm tra mọi dòng, không ghi gì</translation>
    </message>
    <message>
      <source>import the good rows and skip the refused ones</source>
      <translation>nhập các dòng hợp lệ, bỏ qua dòng bị từ chối</translation>
    </message>
    <message>
      <source>year of the poverty status (default: this)</source>
      <translation>năm của phân loại hộ (mặc định: năm nay)</translation>
    </message>
    <message>
      <source>Households are imported at the commune's station.</source>
      <translation>Danh sách hộ được nhập tại máy của xã.</translation>
    </message>
    <message>
      <source>{good} rows can be imported, {bad} rows are refused.</source>
      <translation>{good} dòng hợp lệ, {bad} dòng bị từ chối.</translation>
    </message>
    <message>
      <source>Nothing was written (--dry-run).</source>
      <translation>Chưa ghi gì vào sổ (--dry-run).</translation>
    </message>
    <message>
      <source>Nothing was written; correct the rows or use --skip-bad.</source>
      <translation>Chưa ghi gì vào sổ; hãy sửa các dòng đó hoặc dùng --skip-bad.</translation>
    </message>
    <message>
      <source>{count} households imported.</source>
      <translation>Đã nhập {count} hộ.</translation>
    </message>
    <message>
      <source>map a field to a column header; fields: {fields}</source>
      <translation>gắn một trường với tiêu đề cột; các trường: {fields}</translation>
    </message>
    <message>
      <source>Unknown field or column in {pair}; the sheet's columns: {headers}.</source>
      <translation>Không rõ trường hoặc cột trong {pair}; các cột của trang tính: {headers}.</translation>
    </message>
  </context>
</TS>
