<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.context</name>
    <message>
      <source>This data folder has no station yet; run “ketnghia init” first.</source>
      <translation>Thư mục dữ liệu này chưa có trạm; hãy chạy “ketnghia init” trước.</translation>
    </message>
  </context>
</TS>
