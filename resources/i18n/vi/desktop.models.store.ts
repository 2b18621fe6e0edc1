<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.store</name>
    <message>
      <source>This data folder has no station yet; run “ketnghia init” first.</source>
      <translation>Thư mục dữ liệu này chưa có trạm; hãy chạy “ketnghia init” trước.</translation>
    </message>
    <message>
      <source>No station is set up in {folder}; run “ketnghia init” first.</source>
      <translation>Chưa thiết lập trạm nào trong {folder}; hãy chạy “ketnghia init” trước.</translation>
    </message>
  </context>
</TS>
