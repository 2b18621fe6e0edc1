<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.imports</name>
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
      <source>Unknown field or column in {pair}; the sheet's columns: {headers}.</source>
      <translation>Không rõ trường hoặc cột trong {pair}; các cột của trang tính: {headers}.</translation>
    </message>
    <message>
      <source>Give the year with --year (for example --year {last}).</source>
      <translation>Cho biết năm bằng --year (ví dụ --year {last}).</translation>
    </message>
  </context>
</TS>
