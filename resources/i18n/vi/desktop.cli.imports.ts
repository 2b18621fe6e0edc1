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
      <source>households from a .xlsx, .xlsm, .xls, .ods or .csv file</source>
      <translation>hộ gia đình từ tệp .xlsx, .xlsm, .xls, .ods hoặc .csv</translation>
    </message>
    <message>
      <source>spreadsheet or .csv file</source>
      <translation>tệp bảng tính hoặc .csv</translation>
    </message>
    <message>
      <source>sheet name (the first sheet when omitted)</source>
      <translation>tên trang tính (bỏ trống: trang đầu tiên)</translation>
    </message>
    <message>
      <source>row number of the column headers (found when omitted)</source>
      <translation>số dòng tiêu đề cột (tự tìm nếu không ghi)</translation>
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
      <source>use the proposed village for a village name that matches one closely</source>
      <translation>dùng thôn được đề xuất cho tên thôn gần giống</translation>
    </message>
    <message>
      <source>import households with the same name, village and birth year as another</source>
      <translation>nhập cả các hộ trùng tên, thôn và năm sinh với hộ khác</translation>
    </message>
    <message>
      <source>year of the poverty status and income (when the sheet has no Năm column or title)</source>
      <translation>năm của phân loại hộ và thu nhập (khi bảng không có cột Năm hoặc tiêu đề không ghi năm)</translation>
    </message>
    <message>
      <source>a survey round's household observations from a spreadsheet</source>
      <translation>phiếu khảo sát hộ của một đợt khảo sát, từ bảng tính</translation>
    </message>
    <message>
      <source>the survey round: its id or its date (dd/mm/yyyy)</source>
      <translation>đợt khảo sát: mã hoặc ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
      <source>row number of the column headers</source>
      <translation>số dòng tiêu đề cột</translation>
    </message>
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
      <source>map a field to a column header; fields: {fields}</source>
      <translation>gắn một trường với tiêu đề cột; các trường: {fields}</translation>
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
