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
      <source>The sheet gives poverty status or income but no year (no Năm column, no year in its title); say which year they are for with --year, e.g. --year 2025.</source>
      <translation>Bảng có phân loại hộ hoặc thu nhập nhưng không rõ năm (không có cột Năm, tiêu đề không ghi năm); hãy cho biết năm bằng --year, ví dụ --year 2025.</translation>
    </message>
    <message>
      <source>{good} rows can be imported, {bad} rows are refused, {waiting} wait for confirmation, {already} are already in the book.</source>
      <translation>{good} dòng nhập được, {bad} dòng bị từ chối, {waiting} dòng chờ xác nhận, {already} dòng đã có trong sổ.</translation>
    </message>
    <message>
      <source>--accept-suggestions uses the proposed villages.</source>
      <translation>--accept-suggestions để dùng các thôn được gợi ý.</translation>
    </message>
    <message>
      <source>--allow-similar imports the similar households.</source>
      <translation>--allow-similar để nhập cả các hộ giống hộ khác.</translation>
    </message>
    <message>
      <source>{good} observations can be imported, {bad} rows are refused, {already} households are already observed in this round.</source>
      <translation>{good} phiếu nhập được, {bad} dòng bị từ chối, {already} hộ đã được khảo sát trong đợt này.</translation>
    </message>
    <message>
      <source>{count} households imported, {already} already in the book.</source>
      <translation>Đã nhập {count} hộ, {already} hộ đã có trong sổ.</translation>
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
      <source>{count} observations imported.</source>
      <translation>Đã nhập {count} phiếu khảo sát hộ.</translation>
    </message>
    <message>
      <source>The status of {year} recorded for {count} households already in the book.</source>
      <translation>Đã ghi phân loại năm {year} cho {count} hộ đã có trong sổ.</translation>
    </message>
    <message>
      <source>Unknown field or column in {pair}; the sheet's columns: {headers}.</source>
      <translation>Không rõ trường hoặc cột trong {pair}; các cột của trang tính: {headers}.</translation>
    </message>
    <message>
      <source>row {number}: {reason}</source>
      <translation>dòng {number}: {reason}</translation>
    </message>
    <message>
      <source>The headers were taken from row {row} ({headers}); choose another row with --header-row N or a column with --column FIELD=HEADER.</source>
      <translation>Tiêu đề cột được lấy ở dòng {row} ({headers}); chọn dòng khác bằng --header-row N hoặc chọn cột bằng --column TRƯỜNG=TÊN CỘT.</translation>
    </message>
  </context>
</TS>
