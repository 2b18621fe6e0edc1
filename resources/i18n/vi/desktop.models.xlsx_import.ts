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
      <source>row {number}: {reason}</source>
      <translation>dòng {number}: {reason}</translation>
    </message>
    <message>
      <source>There is no row to import.</source>
      <translation>Không có dòng nào để nhập.</translation>
    </message>
    <message>
      <source>The file {name} does not exist.</source>
      <translation>Không có tệp {name}.</translation>
    </message>
    <message>
      <source>The sheet {sheet} is empty.</source>
      <translation>Trang tính {sheet} không có dữ liệu.</translation>
    </message>
    <message>
      <source>Choose the column of: {fields}.</source>
      <translation>Chọn cột cho: {fields}.</translation>
    </message>
    <message>
      <source>the gender must be Nam or Nữ: {value}</source>
      <translation>giới tính phải là Nam hoặc Nữ: {value}</translation>
    </message>
    <message>
      <source>{count} rows are refused; correct them or choose to skip them.</source>
      <translation>{count} dòng bị từ chối; hãy sửa hoặc chọn bỏ qua các dòng đó.</translation>
    </message>
    <message>
      <source>The file {name} is not an Excel workbook (.xlsx) that can be read; save it as .xlsx in Excel and try again.</source>
      <translation>Tệp {name} không phải bảng tính Excel (.xlsx) đọc được; hãy lưu lại dưới dạng .xlsx trong Excel rồi thử lại.</translation>
    </message>
    <message>
      <source>The workbook has no sheet named {sheet}; its sheets: {sheets}.</source>
      <translation>Bảng tính không có trang {sheet}; các trang hiện có: {sheets}.</translation>
    </message>
    <message>
      <source>the village {name} is not in the commune's list of villages</source>
      <translation>không có “{name}” trong danh sách thôn của xã</translation>
    </message>
    <message>
      <source>unknown ethnic group: {value}</source>
      <translation>không rõ dân tộc: {value}</translation>
    </message>
    <message>
      <source>unknown indicator: {value}</source>
      <translation>không rõ chỉ số: {value}</translation>
    </message>
    <message>
      <source>the same household as row {number} (name, village, birth year)</source>
      <translation>trùng hộ ở dòng {number} (họ tên, thôn, năm sinh)</translation>
    </message>
    <message>
      <source>already registered in this village with the same birth year: {names}</source>
      <translation>đã có trong sổ của thôn với cùng năm sinh: {names}</translation>
    </message>
    <message>
      <source>The file {name} is damaged and cannot be read.</source>
      <translation>Tệp {name} bị hỏng, không đọc được.</translation>
    </message>
    <message>
      <source>The sheet has more than {count} rows; split it into smaller files.</source>
      <translation>Trang tính có hơn {count} dòng; hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
      <source>{field} is not a whole number: {value}</source>
      <translation>{field} không phải số nguyên: {value}</translation>
    </message>
  </context>
</TS>
