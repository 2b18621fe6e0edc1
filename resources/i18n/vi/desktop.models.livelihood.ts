<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.livelihood</name>
    <message>
      <source>Newly built</source>
      <translation>Mới</translation>
    </message>
    <message>
      <source>Consolidated</source>
      <translation>Củng cố</translation>
    </message>
    <message>
      <source>Replicated</source>
      <translation>Nhân rộng</translation>
    </message>
    <message>
      <source>Enter the model's name.</source>
      <translation>Nhập tên mô hình.</translation>
    </message>
    <message>
      <source>Choose the kind of model.</source>
      <translation>Chọn loại mô hình.</translation>
    </message>
    <message>
      <source>Enter the year.</source>
      <translation>Nhập năm.</translation>
    </message>
    <message>
      <source>Choose the sponsor that helped build the model.</source>
      <translation>Chọn đơn vị kết nghĩa đã giúp xây dựng mô hình.</translation>
    </message>
    <message>
      <source>Choose the status.</source>
      <translation>Chọn tình trạng.</translation>
    </message>
    <message>
      <source>This village no longer exists; choose another.</source>
      <translation>Thôn này không còn; hãy chọn thôn khác.</translation>
    </message>
    <message>
      <source>Choose the support category.</source>
      <translation>Chọn nội dung hỗ trợ.</translation>
    </message>
    <message>
      <source>A household is listed twice.</source>
      <translation>Một hộ bị ghi hai lần.</translation>
    </message>
    <message>
      <source>The year cannot be in the future.</source>
      <translation>Năm không được ở tương lai.</translation>
    </message>
    <message>
      <source>This sponsor has been deleted; choose another.</source>
      <translation>Đơn vị kết nghĩa này đã bị xóa; hãy chọn đơn vị khác.</translation>
    </message>
    <message>
      <source>A member household has been deleted; remove it from the list.</source>
      <translation>Một hộ thành viên đã bị xóa; hãy bỏ hộ đó khỏi danh sách.</translation>
    </message>
    <message>
      <source>This livelihood model does not exist or has been deleted.</source>
      <translation>Mô hình sinh kế này không tồn tại hoặc đã bị xóa.</translation>
    </message>
    <message>
      <source>Livelihood model</source>
      <translation>Mô hình sinh kế</translation>
    </message>
    <message>
      <source>Model member household</source>
      <translation>Hộ thành viên mô hình</translation>
    </message>
    <message>
      <source>The year is too far in the past.</source>
      <translation>Năm quá xa trong quá khứ.</translation>
    </message>
    <message>
      <source>The date must fall in the model's year {year}.</source>
      <translation>Ngày phải thuộc năm {year} của mô hình.</translation>
    </message>
    <message>
      <source>livelihood models</source>
      <translation>mô hình sinh kế</translation>
    </message>
  </context>
</TS>
