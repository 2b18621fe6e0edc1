<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.xlsx_import</name>
    <message>
      <source>Members</source>
      <translation>Số khẩu</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <source>Income per person per month</source>
      <translation>Thu nhập bình quân/người/tháng</translation>
    </message>
    <message>
      <source>Stopped; nothing was written.</source>
      <translation>Đã dừng; chưa ghi gì vào sổ.</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>Chủ hộ</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Thôn</translation>
    </message>
    <message>
      <source>Birth year</source>
      <translation>Năm sinh</translation>
    </message>
    <message>
      <source>Birth year (male)</source>
      <translation>Năm sinh (nam)</translation>
    </message>
    <message>
      <source>Birth year (female)</source>
      <translation>Năm sinh (nữ)</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>Dân tộc</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Household code</source>
      <translation>Mã hộ</translation>
    </message>
    <message>
      <source>Poverty status</source>
      <translation>Phân loại hộ</translation>
    </message>
    <message>
      <source>Poor (a mark)</source>
      <translation>Hộ nghèo (đánh dấu)</translation>
    </message>
    <message>
      <source>Near-poor (a mark)</source>
      <translation>Hộ cận nghèo (đánh dấu)</translation>
    </message>
    <message>
      <source>Lacking indicators</source>
      <translation>Chỉ số thiếu hụt</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Each column can be mapped to one field only.</source>
      <translation>Mỗi cột chỉ được gán cho một trường.</translation>
    </message>
    <message>
      <source>both the Nam and the Nữ birth-year columns are filled</source>
      <translation>cả cột năm sinh Nam và cột năm sinh Nữ đều có giá trị</translation>
    </message>
    <message>
      <source>both the poor and the near-poor columns are marked</source>
      <translation>cả cột hộ nghèo và cột hộ cận nghèo đều được đánh dấu</translation>
    </message>
    <message>
      <source>the year of the status is not known (no Năm column, no year in the title)</source>
      <translation>không rõ năm của phân loại hộ (không có cột Năm, tiêu đề không ghi năm)</translation>
    </message>
    <message>
      <source>already in the book: {household}</source>
      <translation>đã có trong sổ: {household}</translation>
    </message>
    <message>
      <source>row {number}: {reason}</source>
      <translation>dòng {number}: {reason}</translation>
    </message>
    <message>
      <source>There is no row to import.</source>
      <translation>Không có dòng nào để nhập.</translation>
    </message>
    <message>
      <source>from the sheet's title</source>
      <translation>theo tiêu đề bảng</translation>
    </message>
    <message>
      <source>given</source>
      <translation>do cán bộ chọn</translation>
    </message>
    <message>
      <source>column {letter}</source>
      <translation>cột {letter}</translation>
    </message>
    <message>
      <source>cell {cell} is a formula without a value; open and save the file in Excel</source>
      <translation>ô {cell} là công thức chưa có giá trị; hãy mở và lưu tệp bằng Excel</translation>
    </message>
    <message>
      <source>; its status of {year} is recorded</source>
      <translation>; ghi phân loại năm {year}</translation>
    </message>
    <message>
      <source>Choose the column of: {fields}.</source>
      <translation>Chọn cột cho: {fields}.</translation>
    </message>
    <message>
      <source>; the book's status of {year} differs ({book}) and is kept</source>
      <translation>; phân loại năm {year} trong sổ khác ({book}), giữ như trong sổ</translation>
    </message>
    <message>
      <source>same name, village and birth year as a household in the book: {households}</source>
      <translation>cùng họ tên, thôn và năm sinh với hộ đã có trong sổ: {households}</translation>
    </message>
    <message>
      <source>same name, village and birth year as row {number}</source>
      <translation>cùng họ tên, thôn và năm sinh với dòng {number}</translation>
    </message>
    <message>
      <source>{count} rows are refused; correct them or choose to skip them.</source>
      <translation>{count} dòng bị từ chối; hãy sửa hoặc chọn bỏ qua các dòng đó.</translation>
    </message>
    <message>
      <source>{count} rows wait for your confirmation (a proposed village or a household like one already listed); confirm them or choose to skip them.</source>
      <translation>{count} dòng chờ cán bộ xác nhận (thôn được gợi ý hoặc hộ giống hộ khác); hãy xác nhận hoặc chọn bỏ qua các dòng đó.</translation>
    </message>
    <message>
      <source>The rows changed; check them again.</source>
      <translation>Các dòng đã thay đổi; hãy kiểm tra lại.</translation>
    </message>
    <message>
      <source>header: rows {first}–{second}</source>
      <translation>tiêu đề cột: dòng {first}–{second}</translation>
    </message>
    <message>
      <source>header: row {number}</source>
      <translation>tiêu đề cột: dòng {number}</translation>
    </message>
    <message>
      <source>rows {numbers}: {reason}</source>
      <translation>dòng {numbers}: {reason}</translation>
    </message>
    <message>
      <source>skipped {rows}</source>
      <translation>bỏ qua {rows}</translation>
    </message>
    <message>
      <source>columns not used: {columns}</source>
      <translation>cột không dùng: {columns}</translation>
    </message>
    <message>
      <source>column {column}: converted from {encoding} to Unicode ({count} cells)</source>
      <translation>cột {column}: đã chuyển từ mã {encoding} sang Unicode ({count} ô)</translation>
    </message>
    <message>
      <source>{count} formula cells without a value in all</source>
      <translation>tổng cộng {count} ô công thức chưa có giá trị</translation>
    </message>
    <message>
      <source>year of the status: {year} ({source})</source>
      <translation>năm phân loại hộ: {year} ({source})</translation>
    </message>
    <message>
      <source>proposed: {typed} → {village} ({count} rows)</source>
      <translation>gợi ý: {typed} → {village} ({count} dòng)</translation>
    </message>
    <message>
      <source>{field} is not a whole number: {value}</source>
      <translation>{field} không phải số nguyên: {value}</translation>
    </message>
    <message>
      <source>unknown indicator: {value}</source>
      <translation>không rõ chỉ số: {value}</translation>
    </message>
    <message>
      <source>the gender must be Nam or Nữ: {value}</source>
      <translation>giới tính phải là Nam hoặc Nữ: {value}</translation>
    </message>
    <message>
      <source>unknown ethnic group: {value}</source>
      <translation>không rõ dân tộc: {value}</translation>
    </message>
    <message>
      <source>unknown poverty status: {value}</source>
      <translation>phân loại hộ không rõ: {value}</translation>
    </message>
    <message>
      <source>the same household as row {number}</source>
      <translation>đã có ở dòng {number}</translation>
    </message>
    <message>
      <source>… and {count} more rows like these</source>
      <translation>… và {count} dòng như vậy nữa</translation>
    </message>
    <message>
      <source>the village {name} is not in the commune's list of villages</source>
      <translation>không có “{name}” trong danh sách thôn của xã</translation>
    </message>
    <message>
      <source>the household code {code} is also on row {number}</source>
      <translation>mã hộ {code} trùng với dòng {number}</translation>
    </message>
  </context>
</TS>
