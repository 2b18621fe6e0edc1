<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.backup</name>
    <message>
      <source>Too many backup copies in one second; try again.</source>
      <translation>Quá nhiều bản sao lưu trong một giây; hãy thử lại.</translation>
    </message>
    <message>
      <source>The database is open in another window of Sổ Kết Nghĩa or another program; close it and restore again.</source>
      <translation>Cơ sở dữ liệu đang mở trong một cửa sổ Sổ Kết Nghĩa khác hoặc một chương trình khác; hãy đóng lại rồi khôi phục lại.</translation>
    </message>
    <message>
      <source>The second place must be another disk or a USB stick, not the data folder.</source>
      <translation>Nơi lưu thứ hai phải là ổ đĩa khác hoặc USB, không phải thư mục dữ liệu.</translation>
    </message>
    <message>
      <source>The last backup copy in {folder} is {days} days old: plug in the drive.</source>
      <translation>Bản sao lưu mới nhất ở {folder} đã {days} ngày: hãy cắm ổ đĩa vào.</translation>
    </message>
    <message>
      <source>The backup copy could not be written to {folder} ({reason}).</source>
      <translation>Không ghi được bản sao lưu vào {folder} ({reason}).</translation>
    </message>
    <message>
      <source>No backup copy has reached {folder} yet: plug in the drive.</source>
      <translation>Chưa có bản sao lưu nào ở {folder}: hãy cắm ổ đĩa vào.</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>hằng ngày</translation>
    </message>
    <message>
      <source>before an upgrade</source>
      <translation>trước khi nâng cấp</translation>
    </message>
    <message>
      <source>before a bundle import</source>
      <translation>trước khi nhập gói đồng bộ</translation>
    </message>
    <message>
      <source>before a spreadsheet import</source>
      <translation>trước khi nhập bảng tính</translation>
    </message>
    <message>
      <source>when the window closed</source>
      <translation>khi đóng cửa sổ</translation>
    </message>
    <message>
      <source>made by hand</source>
      <translation>tạo bằng tay</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>trước khi khôi phục</translation>
    </message>
    <message>
      <source>No station is set up in {folder}; there is nothing to back up.</source>
      <translation>Chưa thiết lập trạm nào trong {folder}; không có gì để sao lưu.</translation>
    </message>
    <message>
      <source>The automatic backup copy could not be made: {reason}</source>
      <translation>Không tạo được bản sao lưu tự động: {reason}</translation>
    </message>
    <message>
      <source>{file} is not a backup copy of Sổ Kết Nghĩa, or it is damaged.</source>
      <translation>{file} không phải bản sao lưu của Sổ Kết Nghĩa, hoặc đã bị hỏng.</translation>
    </message>
    <message>
      <source>{file} is damaged: it failed its integrity check ({problem}).</source>
      <translation>{file} bị hỏng: không qua được bước kiểm tra toàn vẹn ({problem}).</translation>
    </message>
    <message>
      <source>{file} holds no station of Sổ Kết Nghĩa.</source>
      <translation>{file} không chứa trạm nào của Sổ Kết Nghĩa.</translation>
    </message>
    <message>
      <source>{file} was made by a newer version of Sổ Kết Nghĩa; install the newer program to restore it.</source>
      <translation>{file} được tạo bởi phiên bản Sổ Kết Nghĩa mới hơn; hãy cài chương trình mới hơn để khôi phục.</translation>
    </message>
    <message>
      <source>There is no file {file}.</source>
      <translation>Không có tệp {file}.</translation>
    </message>
    <message>
      <source>There is no folder {folder}.</source>
      <translation>Không có thư mục {folder}.</translation>
    </message>
    <message>
      <source>The database failed its integrity check, so no backup was made from it; restore an earlier backup copy ({problem}).</source>
      <translation>Cơ sở dữ liệu không qua được bước kiểm tra toàn vẹn nên không sao lưu từ nó; hãy khôi phục một bản sao lưu trước đó ({problem}).</translation>
    </message>
    <message>
      <source>{file} is a backup of another station ({station}, unit {unit}); it was not restored.</source>
      <translation>{file} là bản sao lưu của trạm khác ({station}, đơn vị {unit}); không khôi phục.</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written ({reason}).</source>
      <translation>Không ghi được vào thư mục {folder} ({reason}).</translation>
    </message>
  </context>
</TS>
