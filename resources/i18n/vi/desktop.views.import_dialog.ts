<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.import_dialog</name>
    <message>
      <source>Import households from Excel</source>
      <translation>Nhập danh sách hộ từ Excel</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Chọn tệp…</translation>
    </message>
    <message>
      <source>Which column holds each field</source>
      <translation>Cột nào chứa từng thông tin</translation>
    </message>
    <message>
      <source>Lacking indicators: their names or codes separated by commas or semicolons. Income: per person per month, in đồng.</source>
      <translation>Chỉ số thiếu hụt: ghi tên hoặc mã chỉ số, cách nhau bằng dấu phẩy hoặc chấm phẩy. Thu nhập: bình quân đầu người mỗi tháng, tính bằng đồng.</translation>
    </message>
    <message>
      <source>Skip the refused rows and import the others</source>
      <translation>Bỏ qua các dòng bị từ chối, nhập các dòng còn lại</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Choose an Excel file</source>
      <translation>Chọn tệp Excel</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Bảng tính Excel (*.xlsx)</translation>
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
      <source>Which year?</source>
      <translation>Năm nào?</translation>
    </message>
    <message>
      <source>Importing the households…</source>
      <translation>Đang nhập danh sách hộ…</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Trang tính</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <source>(not in the file)</source>
      <translation>(không có trong tệp)</translation>
    </message>
    <message>
      <source>Say which year the file is for, then check it again.</source>
      <translation>Cho biết tệp này là của năm nào, rồi kiểm tra lại.</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Lỗi</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Hợp lệ</translation>
    </message>
    <message>
      <source>{count} households imported.</source>
      <translation>Đã nhập {count} hộ.</translation>
    </message>
    <message>
      <source>{good} rows can be imported, {bad} rows are refused.</source>
      <translation>{good} dòng hợp lệ, {bad} dòng bị từ chối.</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>Không nhập được</translation>
    </message>
  </context>
</TS>
